namespace Ladok.Plugins.Kth.Tests;

/// <summary>
/// KTH's plugin through /graphql: KTH's profile, its P/F scale, its demo KTH and the user
/// trainings its permissions need.
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
        var response = await host.PostAsync("{ gradingScales { code name nameEn grades { code name isPassing } } }");
        var scales = response.Data["gradingScales"]!.AsArray();

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
            "programming: course(code: \"DD1310\") { currentVersion { gradingScale { code } modules { code gradingScale { code } } " +
            "offerings { term offeringCode } } } }",
            user: "ladokadm");

        Assert.Equal(200, response.Status);
        Assert.Equal("P_F", response.Data["project"]!["currentVersion"]!["gradingScale"]!["code"]!.GetValue<string>());
        var programming = response.Data["programming"]!["currentVersion"]!;
        Assert.Equal("A_F", programming["gradingScale"]!["code"]!.GetValue<string>());
        Assert.Equal(["LAB1:P_F", "TEN1:A_F"], programming["modules"]!.AsArray().Select(m => $"{m!["code"]}:{m["gradingScale"]!["code"]}"));
        // The plugin's own terms; the host adds the coming term's offerings (codes 9xxxx) for the demo students to register on.
        Assert.Equal(["HT2025", "VT2026"], programming["offerings"]!.AsArray().Where(o => !o!["offeringCode"]!.GetValue<string>().StartsWith('9'))
            .Select(o => o!["term"]!.GetValue<string>()).Order(StringComparer.Ordinal));
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

        var refused = await host.MutateAsync(
            "decidePermissionApplication", "application { status } grant { id }", new { applicationId, approve = true }, "prefcs");

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
}
