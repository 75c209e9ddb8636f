namespace Ladok.Plugins.Lu.Tests;

/// <summary>Lund's plugin through /graphql: its profile, its scale with TG, its demo Lund and the training its study administrators need.</summary>
public sealed class LuUniversityTests(LuHost host) : IClassFixture<LuHost>
{
    [Fact]
    public async Task The_university_is_lund()
    {
        var response = await host.PostAsync("{ university { code name nameEn supportEmail userIdName } }");

        Assert.Equal(200, response.Status);
        var university = response.Data["university"]!;
        Assert.Equal(("LU", "Lunds universitet", "Lund University"), (university["code"]!.GetValue<string>(), university["name"]!.GetValue<string>(),
            university["nameEn"]!.GetValue<string>()));
        Assert.Equal(("ladok@lu.se", "Lucat-id"), (university["supportEmail"]!.GetValue<string>(), university["userIdName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Lunds_scale_ranks_TG_as_a_pass_between_U_and_G()
    {
        var response = await host.PostAsync("{ gradingScales { code grades { code name isPassing } } }");
        var scales = response.Data["gradingScales"]!.AsArray();

        Assert.Equal(["A_F", "LU_U_G_VG_TG", "U_3_4_5", "U_G", "U_G_VG"], scales.Select(s => s!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var lund = scales.Single(s => s!["code"]!.GetValue<string>() == "LU_U_G_VG_TG")!;
        Assert.Equal(["U Underkänd False", "TG Tillgodoräknad True", "G Godkänd True", "VG Väl godkänd True"],
            lund["grades"]!.AsArray().Select(g => $"{g!["code"]} {g["name"]} {g["isPassing"]!.GetValue<bool>()}"));
    }

    [Fact]
    public async Task The_demo_programming_course_is_graded_on_lunds_scale_with_a_pass_fail_lab()
    {
        var response = await host.PostAsync(
            "{ course(code: \"EDAA45\") { currentVersion { gradingScale { code } modules { code gradingScale { code } } } } }", user: "ladokadm");

        Assert.Equal(200, response.Status);
        var version = response.Data["course"]!["currentVersion"]!;
        Assert.Equal("LU_U_G_VG_TG", version["gradingScale"]!["code"]!.GetValue<string>());
        Assert.Equal(["0101:LU_U_G_VG_TG", "0201:U_G"], version["modules"]!.AsArray().Select(m => $"{m!["code"]}:{m["gradingScale"]!["code"]}"));
    }

    [Fact]
    public async Task A_study_administrators_permission_is_refused_without_lunds_ladok_course_naming_it()
    {
        var applied = await host.MutateAsync("applyForPermission", "application { id }",
            new { profileCode = "STUDY_ADMINISTRATOR", organisationUnitCode = "CS", motivation = "I register students at CS" }, "nyanst");
        Assert.Empty(applied["errors"]!.AsArray());

        var refused = await host.MutateAsync("decidePermissionApplication", "grant { id }",
            new { applicationId = applied["application"]!["id"]!.GetValue<string>(), approve = true }, "prefcs");

        Assert.Equal("VALIDATION", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("LU-LADOK-STUDIEADM", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(refused["grant"]);
    }
}
