using System.Reflection;
using Ladok.Testing;

namespace Ladok.Plugins.Example.Tests;

/// <summary>The host with only this plugin, loaded from its built folder, serving XMPL, on a throwaway PostgreSQL.</summary>
public sealed class ExampleHost() : UniversityHost("XMPL", BuiltFolder)
{
    /// <summary>Where the build put the plugin (the test project's PluginFolder metadata).</summary>
    private static string BuiltFolder => typeof(ExampleHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PluginFolder").Value!;
}
