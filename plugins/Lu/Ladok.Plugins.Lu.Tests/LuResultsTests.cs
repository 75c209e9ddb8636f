using System.Globalization;
using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Plugins.Lu.Tests;

/// <summary>
/// Lund's rules on results through /graphql: a result is marked ready at most 30 days after its offering ended (the rule reads the
/// offering, SDK 1.8), and <c>lu-repeated-failures</c> names the students with more than two failed attempts on a module (the
/// report reads results, SDK 1.8).
/// </summary>
public sealed class LuResultsTests(LuHost host) : IClassFixture<LuHost>
{
    private const string Reporter = "lararecs", Examiner = "examcs", StudyAdministrator = "stadmcs", Administrator = "ladokadm";
    private const string Step = "results { id version } rows { outcome errors { code reason message path rule { plugin code } } }";

    private static int nextOffering;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task A_result_on_an_offering_that_ended_more_than_30_days_ago_is_refused_when_marked_ready_naming_lunds_rule()
    {
        // EDAA45's HT2025 offering ended on 2025-10-26, long before any day these tests run.
        var registration = await RegisteredAsync(IdentityNumbers.Personal("850101123"), await DemoOfferingAsync("HT2025"));
        var draft = await ReportAsync(registration, "U", "2025-10-20");

        var refused = await MarkReadyAsync(draft);

        var error = Assert.Single(Assert.Single(refused["rows"]!.AsArray())!["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "PLUGIN_RULE"), (error["code"]!.GetValue<string>(), error["reason"]!.GetValue<string>()));
        Assert.Equal(("se.lu.ladok", "MARK_READY_TOO_LATE"), (error["rule"]!["plugin"]!.GetValue<string>(), error["rule"]!["code"]!.GetValue<string>()));
        Assert.StartsWith("Resultatet kan inte klarmarkeras: kurstillfället 15001 slutade 2025-10-26, mer än 30 dagar sedan.",
            error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["input", "results", "0", "grade"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal("Draft", await host.ScalarAsync<string>($"SELECT status FROM records.results WHERE id = '{GuidOf(draft)}'"));
    }

    [Fact]
    public async Task A_result_on_an_offering_that_ended_30_days_ago_is_marked_ready()
    {
        var offering = await OfferingAsync(Today.AddDays(-80), Today.AddDays(-30));
        var registration = await RegisteredAsync(IdentityNumbers.Personal("850102123"), offering);

        var ready = await MarkReadyAsync(await ReportAsync(registration, "G", Iso(Today.AddDays(-31))));

        Assert.Equal("CHANGED", Assert.Single(ready["rows"]!.AsArray())!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_repeated_failures_report_names_a_student_with_three_failed_attempts_on_a_module_and_not_one_with_two()
    {
        var offering = await OfferingAsync(Today.AddDays(-20), Today.AddDays(20));
        var thrice = IdentityNumbers.Personal("850103123");
        var twice = IdentityNumbers.Personal("850104123");
        var thriceRegistration = await RegisteredAsync(thrice, offering, "Tre", "Försök");
        var twiceRegistration = await RegisteredAsync(twice, offering, "Två", "Försök");
        foreach (var daysAgo in new[] { 15, 10, 5 }) await AttestAsync(await ReportAsync(thriceRegistration, "U", Iso(Today.AddDays(-daysAgo))));
        foreach (var daysAgo in new[] { 15, 10 }) await AttestAsync(await ReportAsync(twiceRegistration, "U", Iso(Today.AddDays(-daysAgo))));

        var response = await host.PostAsync("""{ report(name: "lu-repeated-failures") { rows } }""", user: Administrator);

        Assert.Empty(response.Errors);
        var rows = response.Data["report"]!["rows"]!.AsArray().Select(r => string.Join(",", r!.AsArray().Select(v => v!.GetValue<string>()))).ToList();
        Assert.Contains($"{Twelve(thrice)},Tre Försök,EDAA45,0101,3,{Iso(Today.AddDays(-5))}", rows);
        Assert.DoesNotContain(rows, r => r.StartsWith(Twelve(twice), StringComparison.Ordinal));
    }

    /// <summary>A new offering of EDAA45 running over the given days (its global id), so the tests do not depend on the day they run.</summary>
    private async Task<string> OfferingAsync(DateOnly start, DateOnly end)
    {
        var version = (await host.PostAsync("{ course(code: \"EDAA45\") { currentVersion { id } } }", user: Administrator)).Data["course"]!["currentVersion"]!;
        var term = (start.Month <= 6 ? "VT" : "HT") + start.Year.ToString(CultureInfo.InvariantCulture);
        var code = (19000 + Interlocked.Increment(ref nextOffering)).ToString(CultureInfo.InvariantCulture);
        var offering = await host.MutateAsync("createOffering", "offering { id }",
            new { courseVersionId = Id(version), code, term, startDate = Iso(start), endDate = Iso(end) }, Administrator);
        Assert.Empty(offering["errors"]!.AsArray());
        return Id(offering["offering"]!);
    }

    private async Task<string> DemoOfferingAsync(string term) =>
        Id((await host.PostAsync($"{{ offering(courseCode: \"EDAA45\", term: \"{term}\") {{ id }} }}", user: Administrator)).Data["offering"]!);

    private async Task<string> RegisteredAsync(string identityNumber, string offeringId, string firstName = "Lu", string lastName = "Student")
    {
        var student = await host.MutateAsync("createStudent", "student { id }", new { identityNumber, firstName, lastName }, StudyAdministrator);
        Assert.Empty(student["errors"]!.AsArray());
        var registration = await host.MutateAsync(
            "registerStudent", "registration { id }", new { studentId = Id(student["student"]!), offeringId }, StudyAdministrator);
        Assert.Empty(registration["errors"]!.AsArray());
        return Id(registration["registration"]!);
    }

    private async Task<JsonNode> ReportAsync(string registrationId, string grade, string examinationDate)
    {
        var reported = await host.MutateAsync(
            "reportResult", "result { id version }", new { registrationId, moduleCode = "0101", grade, examinationDate }, Reporter);
        Assert.Empty(reported["errors"]!.AsArray());
        return reported["result"]!;
    }

    private Task<JsonNode> MarkReadyAsync(JsonNode result) =>
        host.MutateAsync("markResultsReady", Step, new { results = new[] { Ref(result) }, examiners = new[] { Examiner } }, Reporter);

    private async Task AttestAsync(JsonNode draft)
    {
        var ready = await MarkReadyAsync(draft);
        Assert.Empty(ready["errors"]!.AsArray());
        var attested = await host.MutateAsync("attestResults", Step, new { results = new[] { Ref(ready["results"]![0]!) } }, Examiner);
        Assert.Equal("CHANGED", Assert.Single(attested["rows"]!.AsArray())!["outcome"]!.GetValue<string>());
    }

    /// <summary>The identity number as Records stores it: twelve digits.</summary>
    private static string Twelve(string identityNumber) => "19" + identityNumber.Replace("-", "", StringComparison.Ordinal);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static Guid GuidOf(JsonNode node) => Kernel.GraphQL.Relay.GlobalId.TryParse(Id(node), out var parsed) ? parsed.Value.Id
        : throw new ArgumentException(Id(node));

    private static object Ref(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };
}
