using Ladok.Host.Composition;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// The host with the built plugins and <c>University:Code</c> = KTH. What KTH's plugin promises
/// is tested in plugins/Kth/Ladok.Plugins.Kth.Tests, Umeå's in plugins/Umu/Ladok.Plugins.Umu.Tests.
/// </summary>
public sealed class KthHost : LadokHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = RepositoryPaths.Plugins,
        ["University:Code"] = "KTH",
    };
}

/// <summary>Start-up refuses a university no plugin provides, and a plugin scale that takes a standard scale's code.</summary>
public sealed class UniversityStartupTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly string pluginsFolder = Directory.CreateTempSubdirectory("ladok-plugins-").FullName;

    [Fact]
    public void An_unknown_university_code_stops_start_up_listing_the_codes_available()
    {
        // In a process the host prints this one line and exits with 1 (StartupErrorTests).
        var error = Assert.Throws<StartupException>(() => Ladok.Host.Plugins.PluginCatalog.Load(RepositoryPaths.Plugins).University("XX"));

        Assert.Contains("University:Code is XX", error.Message, StringComparison.Ordinal);
        Assert.Contains("they provide: KTH, LU, UMU", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plugin_scale_with_a_standard_code_stops_start_up_with_one_line_and_stores_no_scale()
    {
        CopyPlugin(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Umu");
        CopyPlugin(Path.Combine(RepositoryPaths.TestPlugins, "ClashingScale"), "ClashingScale");

        var (exitCode, stderr) = await HostProcess.RunAsync("migrate", "--Plugins:Directory", pluginsFolder, "--University:Code", "UMU",
            "--ConnectionStrings:Ladok", database.ConnectionString);

        Assert.Equal(1, exitCode);
        Assert.Contains("A plugin adds the grading scale A_F, which is a standard scale", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal("A–F med Fx (ECTS)", await database.ScalarAsync<string>("SELECT string_agg(name, ',') FROM catalogue.grading_scales WHERE code = 'A_F'"));
    }

    private void CopyPlugin(string source, string name)
    {
        var target = Path.Combine(pluginsFolder, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(pluginsFolder, recursive: true);
}
