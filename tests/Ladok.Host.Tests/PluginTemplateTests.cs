using System.Text.Json.Nodes;
using Ladok.Plugins.Sdk;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// The dotnet new template (templates/ladok-plugin) keeps up with the SDK: a plugin made from it
/// today must load on this host. templates/test-ladok-plugin.sh builds one and runs its tests;
/// this only checks its manifest, so it can run with every build.
/// </summary>
public sealed class PluginTemplateTests
{
    [Fact]
    public void The_templates_manifest_accepts_this_hosts_sdk()
    {
        var manifest = JsonNode.Parse(
            File.ReadAllText(Path.Combine(RepositoryPaths.Root, "templates", "ladok-plugin", "Ladok.Plugins.Example", "plugin.json")))!;

        Assert.True(VersionRange.TryParse(manifest["sdk"]!.GetValue<string>(), out var range, out var error), error);
        Assert.True(range.Includes(SdkVersion.Current), $"The template's plugin says SDK {range}; this host provides {SdkVersion.Current}.");
        Assert.Equal("Ladok.Plugins.Example.dll", manifest["assembly"]!.GetValue<string>());
    }
}
