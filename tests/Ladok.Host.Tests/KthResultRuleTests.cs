using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// KTH's result rule through /graphql on the KTH host: Fx is never a course's final grade, so on a
/// course version without modules a course result of Fx is refused when marked ready, naming KTH's
/// plugin and rule, and stays a draft; Fx on a module is allowed. A course grade over modules never
/// gets that far: the product refuses every failing course grade when it is reported.
/// </summary>
public sealed class KthResultRuleTests(KthHost host) : IClassFixture<KthHost>
{
    private const string Reporter = "lararecs", Examiner = "examcs", StudyAdministrator = "stadmcs";
    private const string Results =
        "results { id version status } rows { outcome errors { code reason message path rule { plugin code } } } errors { rule { plugin code } }";

    [Fact]
    public async Task A_course_result_of_Fx_is_refused_when_marked_ready_and_stays_a_draft_while_Fx_on_a_module_is_allowed()
    {
        var registration = await RegisteredAsync(IdentityNumbers.Personal("970401123"));
        var moduleFx = await ReportAsync(registration, "TEN1", "Fx", "2025-10-20");
        Assert.Empty((await MarkReadyAsync(moduleFx))["errors"]!.AsArray());

        // A version without modules: its course result is the examination itself, so only KTH's rule keeps Fx off it.
        var registration2 = await RegisteredAsync(IdentityNumbers.Personal("970402123"), await CourseWithoutModulesAsync());
        var courseFx = await ReportAsync(registration2, null, "Fx", "2025-10-20");

        var refused = await MarkReadyAsync(courseFx);

        Assert.Empty(refused["errors"]!.AsArray());
        var row = Assert.Single(refused["rows"]!.AsArray())!;
        Assert.Equal("REFUSED", row["outcome"]!.GetValue<string>());
        var error = Assert.Single(row["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal(("se.kth.ladok", "FX_NOT_A_FINAL_GRADE"), (error["rule"]!["plugin"]!.GetValue<string>(), error["rule"]!["code"]!.GetValue<string>()));
        Assert.Equal(["input", "results", "0", "grade"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("PLUGIN_RULE", error["reason"]!.GetValue<string>());
        Assert.Equal("Fx kan inte vara slutbetyg på DD1399 vid KTH: ge F, eller låt studenten komplettera modulen och ge ett godkänt betyg. "
            + "(Regel FX_NOT_A_FINAL_GRADE i insticksprogrammet se.kth.ladok.)", error["message"]!.GetValue<string>());
        var inEnglish = Assert.Single(Assert.Single((await MarkReadyAsync(courseFx, "en"))["rows"]!.AsArray())!["errors"]!.AsArray())!;
        Assert.Equal(("PLUGIN_RULE", "Fx cannot be the final grade of DD1399 at KTH: give F, or let the student complete the module and give a passing grade. "
            + "(Rule FX_NOT_A_FINAL_GRADE of the plugin se.kth.ladok.)"), (inEnglish["reason"]!.GetValue<string>(), inEnglish["message"]!.GetValue<string>()));
        Assert.Equal("Draft/" + courseFx["version"]!.GetValue<string>(), await host.ScalarAsync<string>(
            $"SELECT status || '/' || xmin::text FROM records.results WHERE id = '{GuidOf(courseFx)}'"));
    }

    [Fact]
    public async Task A_course_grade_of_Fx_over_modules_is_refused_by_the_product_when_reported()
    {
        var registration = await RegisteredAsync(IdentityNumbers.Personal("970403123"));
        await AttestAsync(await ReportAsync(registration, "TEN1", "E", "2025-10-20"));
        await AttestAsync(await ReportAsync(registration, "LAB1", "P", "2025-10-21"));

        var reported = await host.MutateAsync("reportResult", "result { id } errors { code path rule { code } }",
            new { registrationId = registration, grade = "Fx" }, Reporter);

        var error = Assert.Single(reported["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal(["input", "grade"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Null(error["rule"]);
        Assert.Null(reported["result"]);
    }

    /// <summary>DD1399, a course of KTH's graded A–F with no modules, and its offering in HT2025 (the offering's global id).</summary>
    private async Task<string> CourseWithoutModulesAsync()
    {
        var course = await host.MutateAsync("createCourse", "course { id }",
            new { code = "DD1399", nameSv = "Programmeringsprov", nameEn = "Programming Test", level = "FIRST_CYCLE", organisationUnitCode = "CS" },
            "ladokadm");
        var version = await host.MutateAsync("createCourseVersion", "courseVersion { id }",
            new { courseId = Id(course["course"]!), credits = 3m, gradingScaleCode = "A_F", validFrom = "HT2025" }, "ladokadm");
        var offering = await host.MutateAsync("createOffering", "offering { id }",
            new { courseVersionId = Id(version["courseVersion"]!), code = "50099", term = "HT2025", startDate = "2025-08-25",
                endDate = "2025-10-24" }, "ladokadm");
        Assert.Empty(
            (await host.MutateAsync("grantCourseRight", "courseRight { id }", new { userId = Reporter, courseCode = "DD1399", kind = "REPORT" }, "ladokadm"))
            ["errors"]!.AsArray());
        return Id(offering["offering"]!);
    }

    private async Task<string> RegisteredAsync(string identityNumber, string? offeringId = null)
    {
        var student = (
            await host.MutateAsync(
                "createStudent", "student { id }", new { identityNumber, firstName = "Kth", lastName = "Student" }, StudyAdministrator))["student"]!;
        offeringId ??= Id((await host.PostAsync("{ offering(courseCode: \"DD1310\", term: \"HT2025\") { id } }", user: "ladokadm")).Data["offering"]!);
        var registration = await host.MutateAsync("registerStudent", "registration { id }", new { studentId = Id(student), offeringId }, StudyAdministrator);
        Assert.Empty(registration["errors"]!.AsArray());
        return Id(registration["registration"]!);
    }

    private async Task<JsonNode> ReportAsync(string registrationId, string? moduleCode, string grade, string? examinationDate)
    {
        var reported = await host.MutateAsync(
            "reportResult", "result { id version status }", new { registrationId, moduleCode, grade, examinationDate }, Reporter);
        Assert.Empty(reported["errors"]!.AsArray());
        return reported["result"]!;
    }

    private Task<JsonNode> MarkReadyAsync(JsonNode result, string? language = null) =>
        host.MutateAsync("markResultsReady", Results, new { results = new[] { Ref(result) }, examiners = new[] { Examiner } }, Reporter, language);

    private async Task AttestAsync(JsonNode draft)
    {
        var ready = await MarkReadyAsync(draft);
        Assert.Empty(ready["errors"]!.AsArray());
        var attested = await host.MutateAsync("attestResults", Results, new { results = new[] { Ref(ready["results"]![0]!) } }, Examiner);
        Assert.Empty(attested["errors"]!.AsArray());
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static Guid GuidOf(JsonNode node) => Kernel.GraphQL.Relay.GlobalId.TryParse(Id(node), out var parsed) ? parsed.Value.Id
        : throw new ArgumentException(Id(node));

    private static object Ref(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };
}
