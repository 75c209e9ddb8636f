using Ladok.Host.Plugins;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Plugins load from their built folders as in a deployment; a plugin that is incompatible, has
/// no manifest or throws while loading stops start-up with a message naming it.
/// </summary>
public sealed class PluginLoadingTests : IDisposable
{
    private readonly string pluginsFolder = Directory.CreateTempSubdirectory("ladok-plugins-").FullName;

    [Fact]
    public void The_umu_plugin_loads_from_its_built_folder()
    {
        CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Umu");

        var plugins = PluginCatalog.Load(pluginsFolder);

        var umu = Assert.Single(plugins.Plugins);
        Assert.Equal("se.umu.ladok", umu.Manifest.Id);
        Assert.Equal("UMU", plugins.University("UMU").Code);
        Assert.Equal("ladok@adm.umu.se", plugins.University(null).Support.Email);
    }

    [Fact]
    public void The_kth_plugin_loads_beside_umu_and_each_university_is_chosen_by_its_code()
    {
        CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Kth"), "Kth");
        CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Umu");

        var plugins = PluginCatalog.Load(pluginsFolder);

        Assert.Equal(["se.kth.ladok", "se.umu.ladok"], plugins.Plugins.Select(p => p.Manifest.Id));
        var kth = plugins.University("kth");
        Assert.Equal("KTH", kth.Code);
        Assert.Equal(["P_F"], plugins.GradingScales(kth).Select(s => s.Code));
        Assert.Empty(plugins.GradingScales(plugins.University("UMU")));
        Assert.Equal(["KTH-EXAMINATOR"], plugins.Prerequisites(kth).RequiredTrainingCodes("EXAMINER"));
        Assert.Empty(plugins.Prerequisites(plugins.University("UMU")).RequiredTrainingCodes("EXAMINER"));
        Assert.Contains("KTH, UMU", Assert.Throws<Ladok.Host.Composition.StartupException>(() => plugins.University(null)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Umu")]
    [InlineData("Kth")]
    public void The_plugin_folder_holds_only_the_plugins_own_assemblies(string folder)
    {
        var assemblies = Directory.GetFiles(Path.Combine(RepositoryPaths.Plugins, folder), "*.dll").Select(Path.GetFileName);

        Assert.Equal([$"Ladok.Plugins.{folder}.dll"], assemblies);
    }

    [Fact]
    public void A_plugin_for_another_sdk_major_version_stops_start_up_naming_it()
    {
        var folder = CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Umu");
        var manifest = Path.Combine(folder, PluginCatalog.ManifestFile);
        File.WriteAllText(manifest, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(manifest), "\"sdk\": \"[^\"]*\"", "\"sdk\": \"[2.0,3.0)\""));

        var error = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load(pluginsFolder));

        Assert.Contains("se.umu.ladok", error.Message, StringComparison.Ordinal);
        Assert.Contains("[2.0,3.0)", error.Message, StringComparison.Ordinal);
        Assert.Contains("SDK 1.8.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_without_a_manifest_stops_start_up_naming_it()
    {
        var folder = CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Nameless");
        File.Delete(Path.Combine(folder, PluginCatalog.ManifestFile));

        var error = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load(pluginsFolder));

        Assert.Equal("Nameless", error.Plugin);
        Assert.Contains("no plugin.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_that_throws_while_loading_stops_start_up_naming_it()
    {
        CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "Throwing"), "Throwing");

        var error = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load(pluginsFolder));

        Assert.Contains("test.throwing", error.Message, StringComparison.Ordinal);
        Assert.Contains("broken on purpose", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_rules_apply_from_the_plugins_serving_the_chosen_university_and_from_those_serving_any()
    {
        CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Kth"), "Kth");
        CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Umu");
        CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "ThrowingResultRule"), "AnyUniversity");
        var kthOnly = CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "RefusingResultRule"), "KthOnly");
        var manifest = Path.Combine(kthOnly, PluginCatalog.ManifestFile);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"sdk\":", "\"university\": \"KTH\",\n  \"sdk\":", StringComparison.Ordinal));

        var plugins = PluginCatalog.Load(pluginsFolder);

        Assert.Equal(["test.throwing-result-rule"], plugins.ResultRules(plugins.University("UMU")).Select(r => r.PluginId));
        Assert.Equal(
            ["se.kth.ladok", "test.refusing-result-rule", "test.throwing-result-rule"],
            plugins.ResultRules(plugins.University("KTH")).Select(r => r.PluginId).Order());
    }

    [Fact]
    public void A_university_code_no_plugin_provides_says_which_ones_exist()
    {
        CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Umu");

        var error = Assert.Throws<Ladok.Host.Composition.StartupException>(() => PluginCatalog.Load(pluginsFolder).University("XX"));

        Assert.Contains("UMU", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_plugins_giving_one_university_an_inactivity_rule_stop_start_up_naming_both()
    {
        var second = CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "ThrowingInactivityRule"), "SecondRule");
        CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "ThrowingInactivityRule"), "FirstRule");
        var manifest = Path.Combine(second, PluginCatalog.ManifestFile);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("test.throwing-inactivity-rule", "test.second-rule", StringComparison.Ordinal));
        var loaded = PluginCatalog.Load(pluginsFolder);

        var error = Assert.Throws<Ladok.Host.Composition.StartupException>(() => loaded.InactivityRule(loaded.Plugins[0].UniversityProfiles[0]));

        Assert.Contains("test.throwing-inactivity-rule", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.second-rule", error.Message, StringComparison.Ordinal);
    }

    private string CopyPlugin(string source, string name)
    {
        var target = Path.Combine(pluginsFolder, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    public void Dispose() => Directory.Delete(pluginsFolder, recursive: true);
}

/// <summary>What an operator sees: the host process exits with 1 and one line saying what is wrong, no stack trace.</summary>
public sealed class StartupErrorTests
{
    [Theory]
    [InlineData("test-plugins", "UMU", "Plugin test.throwing", "broken on purpose")]
    [InlineData("plugins", "XX", "University:Code is XX", "they provide: KTH, LU, UMU")]
    public async Task The_host_process_stops_with_one_line_saying_why(string pluginsFolder, string university, string expected, string reason)
    {
        var (exitCode, stderr) = await HostProcess.RunAsync("--Plugins:Directory", Path.Combine(RepositoryPaths.Root, "artifacts", pluginsFolder),
            "--University:Code", university, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}

/// <summary>The built host as a process, the way an operator starts it.</summary>
internal static class HostProcess
{
    /// <summary>Runs <c>Ladok.Host.dll</c> with <paramref name="arguments"/> until it exits; its exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Stderr)> RunAsync(params string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        var hostDll = Path.Combine(RepositoryPaths.Root, "src", "Host", "Ladok.Host", "bin", configuration, "net10.0", "Ladok.Host.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments.Prepend(hostDll)) start.ArgumentList.Add(argument);

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        await stdout;
        return (process.ExitCode, await stderr);
    }
}
