using Ladok.Testing;

namespace Ladok.Plugins.Umu.Tests;

/// <summary>The host with only Umeå's plugin, loaded from its built folder, serving UMU.</summary>
public sealed class UmuHost() : UniversityHost("UMU", RepositoryPaths.Plugin("Umu"));
