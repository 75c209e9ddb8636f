using Ladok.Testing;

namespace Ladok.Plugins.Kth.Tests;

/// <summary>The host with only KTH's plugin, loaded from its built folder, serving KTH.</summary>
public sealed class KthHost() : UniversityHost("KTH", RepositoryPaths.Plugin("Kth"));
