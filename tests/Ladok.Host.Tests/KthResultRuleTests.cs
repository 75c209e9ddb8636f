using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// KTH's result rule through /graphql on the KTH host: Fx is never a course's final grade, so a
/// course grade of Fx is refused when marked ready, naming KTH's plugin and rule, and stays a
/// draft; Fx on a module is allowed.
/// </summary>
public sealed class KthResultRuleTests(KthHost host) : IClassFixture<KthHost>
{
    private const string Reporter = "lararecs", Examiner = "examcs", StudyAdministrator = "stadmcs";
    private const string Results = "results { id version status } errors { rule { plugin code } }";

    [Fact]
    public async Task A_course_grade_of_Fx_is_refused_when_marked_ready_and_stays_a_draft_while_Fx_on_a_module_is_allowed()
    {
        var registration = await RegisteredAsync(IdentityNumbers.Personal("970401123"));
        var moduleFx = await ReportAsync(registration, "TEN1", "Fx", "2025-10-20");
        Assert.Empty((await MarkReadyAsync(moduleFx))["errors"]!.AsArray());

        var registration2 = await RegisteredAsync(IdentityNumbers.Personal("970402123"));
        await AttestAsync(await ReportAsync(registration2, "TEN1", "E", "2025-10-20"));
        await AttestAsync(await ReportAsync(registration2, "LAB1", "P", "2025-10-21"));
        var courseFx = await ReportAsync(registration2, null, "Fx", null);

        var refused = await MarkReadyAsync(courseFx);

        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal(("se.kth.ladok", "FX_NOT_A_FINAL_GRADE"), (error["rule"]!["plugin"]!.GetValue<string>(), error["rule"]!["code"]!.GetValue<string>()));
        Assert.Equal(["input", "results", "0", "grade"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("Fx cannot be the final grade of DD1310", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Draft/" + courseFx["version"]!.GetValue<string>(), await host.ScalarAsync<string>(
            $"SELECT status || '/' || xmin::text FROM records.results WHERE id = '{GuidOf(courseFx)}'"));
    }

    private async Task<string> RegisteredAsync(string identityNumber)
    {
        var student = (
            await host.MutateAsync(
                "createStudent", "student { id }", new { identityNumber, firstName = "Kth", lastName = "Student" }, StudyAdministrator))["student"]!;
        var offering = await host.PostAsync("{ offering(courseCode: \"DD1310\", term: \"HT2025\") { id } }", user: "ladokadm");
        var registration = await host.MutateAsync(
            "registerStudent", "registration { id }", new { studentId = Id(student), offeringId = Id(offering.Data["offering"]!) }, StudyAdministrator);
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

    private Task<JsonNode> MarkReadyAsync(JsonNode result) =>
        host.MutateAsync("markResultsReady", Results, new { results = new[] { Ref(result) }, examiners = new[] { Examiner } }, Reporter);

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
