using Ladok.Host.Plugins;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.Extensions.Configuration;

namespace Ladok.Host.Tests;

/// <summary>
/// What SDK 1.8 adds to loading (settings per plugin, a data folder per plugin), and that a plugin written for SDK 1.4 loads
/// and behaves the same on this host (a minor version only adds).
/// </summary>
public sealed class PluginSdkCompatibilityTests : IDisposable
{
    private readonly string pluginsFolder = Directory.CreateTempSubdirectory("ladok-plugins-").FullName;
    private readonly string dataFolder = Directory.CreateTempSubdirectory("ladok-plugin-data-").FullName;

    [Fact]
    public void A_plugin_written_for_sdk_1_4_loads_on_this_host_and_its_result_rule_still_refuses()
    {
        // The fixture declares [1.4,2.0) and uses only what 1.4 had; ResultRuleTests drives the same plugin through /graphql.
        CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "RefusingResultRule"), "RefusingResultRule");

        var plugin = Assert.Single(PluginCatalog.Load(pluginsFolder).Plugins);

        Assert.Equal(new Version(1, 8, 0), SdkVersion.Current);
        Assert.Equal("[1.4,2.0)", plugin.Manifest.Sdk);
        var rule = Assert.Single(plugin.ResultRules);
        var result = new ResultToCheck
        {
            Step = ResultStep.Ready, CourseCode = "5DV001", Grade = "G", IsPassing = true, ProjectTitle = "Ladok [refuse ready]",
            Offering = new ResultOffering("10001", "HT2025", new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 2)),
        };
        Assert.Equal("TITLE_MARKED", Assert.Single(rule.Check(result)).Code);
        Assert.Empty(rule.Check(result with { ProjectTitle = "Ladok" }));
    }

    [Fact]
    public void A_plugin_reads_its_own_settings_section_and_writes_into_its_own_data_folder()
    {
        CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "Settings"), "Settings");

        PluginCatalog.Load(pluginsFolder, Configuration(
            ("Plugins:test.settings:Greeting", "Hallå"), ("Plugins:test.settings:Times", "3"), ("Plugins:test.settings:Record", "true")));

        Assert.Equal("Hallå x3", File.ReadAllText(Path.Combine(dataFolder, "test.settings", "settings-read.txt")));
    }

    [Theory]
    [InlineData("Hej", "11", "its settings Plugins:test.settings are invalid: The field Times must be between 1 and 10.")]
    [InlineData("", "2", "its settings Plugins:test.settings are invalid: The Greeting field is required.")]
    [InlineData("Hej", "many", "its settings Plugins:test.settings cannot be read: ")]
    public void Settings_that_do_not_validate_stop_start_up_naming_the_plugin_and_what_is_wrong(string greeting, string times, string reason)
    {
        var folder = CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "Settings"), "Settings");

        var error = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load(pluginsFolder, Configuration(
            ("Plugins:test.settings:Greeting", greeting), ("Plugins:test.settings:Times", times), ("Plugins:test.settings:Record", "true"))));

        Assert.Equal($"test.settings ({folder})", error.Plugin);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dataFolder, "test.settings", "settings-read.txt")));
    }

    private IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(
            [new("Plugins:DataDirectory", dataFolder), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))]).Build();

    private string CopyPlugin(string source, string name)
    {
        var target = Path.Combine(pluginsFolder, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    public void Dispose()
    {
        Directory.Delete(pluginsFolder, recursive: true);
        Directory.Delete(dataFolder, recursive: true);
    }
}
