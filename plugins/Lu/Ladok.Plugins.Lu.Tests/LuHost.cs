using Ladok.Testing;

namespace Ladok.Plugins.Lu.Tests;

/// <summary>The host with only Lund's plugin, loaded from its built folder, serving LU.</summary>
public sealed class LuHost() : UniversityHost("LU", RepositoryPaths.Plugin("Lu"));
