using System.Text.Json.Nodes;
using Ladok.Host.Composition;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>The host with the built plugins and <c>University:Code</c> = KTH.</summary>
public sealed class KthHost : LadokHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = RepositoryPaths.Plugins,
        ["University:Code"] = "KTH",
    };
}

/// <summary>
/// The same build, with both university plugins in its plugins folder, serves KTH when
/// <c>University:Code</c> is KTH: KTH's profile, its P/F scale, its demo KTH and the user
/// trainings its permissions need, through /graphql.
/// </summary>
public sealed class KthUniversityTests(KthHost host) : IClassFixture<KthHost>
{
    [Fact]
    public async Task The_university_is_kth()
    {
        var response = await host.PostAsync("{ university { code nameEn supportEmail userIdName } }");

        Assert.Equal(200, response.Status);
        var university = response.Data["university"]!;
        Assert.Equal("KTH", university["code"]!.GetValue<string>());
        Assert.Equal("KTH Royal Institute of Technology", university["nameEn"]!.GetValue<string>());
        Assert.Equal("ladok@kth.se", university["supportEmail"]!.GetValue<string>());
        Assert.Equal("KTH-konto", university["userIdName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Grading_scales_list_kths_pass_fail_beside_the_standard_ones()
    {
        var scales = await GradingScalesAsync(host);

        Assert.Equal(["A_F", "P_F", "U_3_4_5", "U_G", "U_G_VG"], scales.Select(s => s!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var passFail = scales.Single(s => s!["code"]!.GetValue<string>() == "P_F")!;
        Assert.Equal("Godkänd/Underkänd (P/F)", passFail["name"]!.GetValue<string>());
        Assert.Equal("Pass/Fail (P/F)", passFail["nameEn"]!.GetValue<string>());
        Assert.Equal(["F Underkänd False", "P Godkänd True"],
            passFail["grades"]!.AsArray().Select(g => $"{g!["code"]} {g["name"]} {g["isPassing"]!.GetValue<bool>()}"));
    }

    [Fact]
    public async Task The_degree_project_is_graded_pass_fail_and_a_course_has_a_pass_fail_lab()
    {
        var response = await host.PostAsync(
            "{ project: course(code: \"DA231X\") { currentVersion { gradingScale { code } } } " +
            "programming: course(code: \"DD1310\") { currentVersion { gradingScale { code } modules { code gradingScale { code } } offerings { term } } } }",
            user: "ladokadm");

        Assert.Equal(200, response.Status);
        Assert.Equal("P_F", response.Data["project"]!["currentVersion"]!["gradingScale"]!["code"]!.GetValue<string>());
        var programming = response.Data["programming"]!["currentVersion"]!;
        Assert.Equal("A_F", programming["gradingScale"]!["code"]!.GetValue<string>());
        Assert.Equal(["LAB1:P_F", "TEN1:A_F"], programming["modules"]!.AsArray().Select(m => $"{m!["code"]}:{m["gradingScale"]!["code"]}"));
        Assert.Equal(["HT2025", "VT2026"], programming["offerings"]!.AsArray().Select(o => o!["term"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("RESULT_REPORTER", "KTH-RESULTATRAPPORTOR")]
    [InlineData("EXAMINER", "KTH-EXAMINATOR")]
    public async Task A_teachers_permission_is_refused_without_kths_user_training_naming_it(string profileCode, string trainingCode)
    {
        var applied = await host.MutateAsync("applyForPermission", "application { id status }",
            new { profileCode, organisationUnitCode = "CS", motivation = "I teach DD1310" }, "nyanst");
        Assert.Empty(applied["errors"]!.AsArray());
        var applicationId = applied["application"]!["id"]!.GetValue<string>();

        var refused = await host.MutateAsync("decidePermissionApplication", "application { status } grant { id }", new { applicationId, approve = true }, "prefcs");

        Assert.Equal("VALIDATION", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains(trainingCode, refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(refused["grant"]);
        var me = await host.PostAsync("{ me { grants { profileCode } } }", user: "nyanst");
        Assert.DoesNotContain(me.Data["me"]!["grants"]!.AsArray(), g => g!["profileCode"]!.GetValue<string>() == profileCode);
    }

    [Fact]
    public async Task The_demo_teacher_has_taken_the_result_reporters_training()
    {
        var me = await host.PostAsync("{ me { grants { profileCode organisationUnitCode } completedTrainings { code } } }", user: "lararecs");

        Assert.Equal(200, me.Status);
        Assert.Equal(["RESULT_REPORTER@CS"], me.Data["me"]!["grants"]!.AsArray().Select(g => $"{g!["profileCode"]}@{g["organisationUnitCode"]}"));
        Assert.Contains(me.Data["me"]!["completedTrainings"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "KTH-RESULTATRAPPORTOR");
    }

    internal static async Task<JsonArray> GradingScalesAsync(LadokHost host)
    {
        var response = await host.PostAsync("{ gradingScales { code name nameEn grades { code name isPassing } } }");
        Assert.Equal(200, response.Status);
        return response.Data["gradingScales"]!.AsArray();
    }
}

/// <summary>The same build with <c>University:Code</c> = UMU: Umeå's profile, the standard scales only, Umeå's prerequisites.</summary>
public sealed class UmuUniversityTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task The_university_is_umea_and_its_scales_are_the_standard_ones()
    {
        var university = await host.PostAsync("{ university { code } }");
        var scales = await KthUniversityTests.GradingScalesAsync(host);

        Assert.Equal("UMU", university.Data["university"]!["code"]!.GetValue<string>());
        Assert.Equal(["A_F", "U_3_4_5", "U_G", "U_G_VG"], scales.Select(s => s!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task At_umea_a_result_reporter_needs_no_training_before_the_grant()
    {
        var applied = await host.MutateAsync("applyForPermission", "application { id }",
            new { profileCode = "RESULT_REPORTER", organisationUnitCode = "DV", motivation = "I teach 5DV001" }, "nyanst");
        var applicationId = applied["application"]!["id"]!.GetValue<string>();

        var approved = await host.MutateAsync("decidePermissionApplication", "grant { profileCode }", new { applicationId, approve = true }, "prefdv");

        Assert.Empty(approved["errors"]!.AsArray());
        Assert.Equal("RESULT_REPORTER", approved["grant"]!["profileCode"]!.GetValue<string>());
    }
}

/// <summary>Start-up refuses a university no plugin provides, and a plugin scale that takes a standard scale's code.</summary>
public sealed class UniversityStartupTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly string pluginsFolder = Directory.CreateTempSubdirectory("ladok-plugins-").FullName;

    [Fact]
    public void An_unknown_university_code_stops_start_up_listing_the_codes_available()
    {
        // In a process the host prints this one line and exits with 1 (StartupErrorTests).
        var error = Assert.Throws<StartupException>(() => Ladok.Host.Plugins.PluginCatalog.Load(RepositoryPaths.Plugins).University("LU"));

        Assert.Contains("University:Code is LU", error.Message, StringComparison.Ordinal);
        Assert.Contains("they provide: KTH, UMU", error.Message, StringComparison.Ordinal);
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
