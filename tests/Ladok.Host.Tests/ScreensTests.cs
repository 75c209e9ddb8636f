using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// The screens of docs/graphql.md ("Screens"), the six staff ones and the student's, each run with the documents printed there, as the screen's demo user: a
/// change that breaks a screen's document, or the data it needs, fails here.
/// </summary>
public sealed partial class ScreensTests(LadokHost host) : IClassFixture<LadokHost>
{
    private static readonly IReadOnlyDictionary<string, string> Documents = ReadDocuments();

    [Fact]
    public void Every_screen_has_its_documents_in_the_docs()
    {
        Assert.Equal(
            ["applications", "attestation-dry-run", "attestation-queue", "cancel-exam-sitting-sign-up", "dashboard", "exam-sitting",
                "exam-sitting-codes", "mark-notifications-read", "my-exam-sittings", "my-notifications", "my-page", "my-registration", "my-studies",
                "my-transcript", "my-transcripts", "register-myself", "sign-up-for-exam-sitting", "student-page", "withdraw-myself"],
            Documents.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Screen_a_Reporting_an_exam_sitting_lists_the_students_without_a_result_on_the_module_by_name_and_who_may_attest()
    {
        var (_, registration) = await StudentOn5DV001Async("991001123", "Öberg");
        await Ok(host.MutateAsync("reportResult", "result { id }",
            new { registrationId = registration, moduleCode = "0002", grade = "G", examinationDate = "2025-10-21" }, "lararedv"), "result");
        await StudentOn5DV001Async("991002123", "Åberg");

        var data = await RunAsync("exam-sitting", new { courseCode = "5DV001", term = "HT2025", module = "0002" }, "lararedv");

        var offering = data["offering"]!;
        Assert.Contains(data["me"]!["courseRights"]!.AsArray(), r => r!["course"]!["code"]!.GetValue<string>() == "5DV001"
            && r["course"]!["name"]!.GetValue<string>().Length > 0);
        Assert.Contains(offering["examiners"]!.AsArray(), e => e!["userId"]!.GetValue<string>() == "examdv");
        Assert.Contains("0002", offering["courseVersion"]!["modules"]!.AsArray().Select(m => m!["code"]!.GetValue<string>()));
        var participants = offering["participants"]!["nodes"]!.AsArray();
        var lastNames = participants.Select(p => p!["student"]!["lastName"]!.GetValue<string>()).ToList();
        Assert.Contains("Åberg", lastNames);
        Assert.DoesNotContain("Öberg", lastNames);
        Assert.Equal(lastNames.Order(StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false)), lastNames);
        Assert.All(participants, p => Assert.DoesNotContain("0002", p!["results"]!.AsArray().Select(r => r!["module"]?["code"]?.GetValue<string>())));
    }

    [Fact]
    public async Task Screen_b_The_attestation_queue_shows_ready_results_with_course_and_student_and_a_dry_run_writes_nothing()
    {
        var ready = await ReadyResultAsync("991003123");

        var queue = await RunAsync("attestation-queue", new { courseCode = "5DV001" }, "examdv");
        var nodes = queue["resultsAwaitingAttestation"]!["nodes"]!.AsArray();
        var mine = nodes.Single(n => n!["id"]!.GetValue<string>() == ready["id"]!.GetValue<string>())!;
        var dryRun = await RunAsync("attestation-dry-run", new { results = new[] { Ref(ready) } }, "examdv");

        Assert.Equal(("READY", "5DV001"), (mine["status"]!.GetValue<string>(), mine["course"]!["code"]!.GetValue<string>()));
        Assert.Contains("Kö", mine["registration"]!["student"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(queue["me"]!["workQueues"]!["awaitingMyAttestation"]!.GetValue<int>() >= 1);
        Assert.All(nodes, n => Assert.Equal("5DV001", n!["course"]!["code"]!.GetValue<string>()));
        Assert.Equal((1, 0), (dryRun["attestResults"]!["wouldChange"]!.GetValue<int>(), dryRun["attestResults"]!["refused"]!.GetValue<int>()));
        Assert.Equal("READY", await StatusAsync(ready));
    }

    [Fact]
    public async Task Screen_c_A_students_page_shows_registrations_with_course_names_the_study_record_and_transcripts_as_plain_links()
    {
        var (student, _) = await StudentOn5DV001Async("991004123", "Sida");
        var identityNumber = (await host.PostAsync("query($id: ID!) { node(id: $id) { ... on Student { identityNumber } } }", new { id = student },
            "stadmdv")).Data["node"]!["identityNumber"]!.GetValue<string>();
        await Ok(host.MutateAsync("issueTranscript", "transcript { verificationCode }", new { studentId = student }, "stadmdv"), "transcript");

        var page = (await RunAsync("student-page", new { identityNumber }, "stadmdv"))["student"]!;
        var registration = Assert.Single(page["registrations"]!.AsArray())!;
        var transcript = Assert.Single(page["transcripts"]!.AsArray())!;
        using var pdf = await host.Http.GetAsync(transcript["pdfUrl"]!.GetValue<string>());

        Assert.Equal("5DV001", registration["course"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(registration["course"]!["name"]!.GetValue<string>()));
        Assert.Equal("HT2025", registration["term"]!.GetValue<string>());
        Assert.Equal("5DV001", Assert.Single(page["studyRecord"]!.AsArray())!["course"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
    }

    [Fact]
    public async Task Screen_d_A_prefekts_applications_name_the_applicant_and_the_trainings_approval_will_check()
    {
        await Ok(host.MutateAsync("applyForPermission", "application { id }",
            new { profileCode = "STUDY_ADMINISTRATOR", organisationUnitCode = "DV", motivation = "Jag registrerar studenter" }, "skarmsokande"),
            "application");

        var data = await RunAsync("applications", null, "prefdv");

        var application = data["permissionApplications"]!["nodes"]!.AsArray()
            .Single(a => a!["applicant"]!["userId"]!.GetValue<string>() == "skarmsokande")!;
        Assert.Equal("STUDY_ADMINISTRATOR", application["profile"]!["code"]!.GetValue<string>());
        Assert.Contains("INTRO-STADM", application["missingTrainings"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
        var dv = data["me"]!["grants"]!.AsArray().Select(g => g!["organisationUnit"]!).First(u => u["code"]!.GetValue<string>() == "DV");
        Assert.Contains(dv["grants"]!.AsArray(), g => g!["profile"]!["code"]!.GetValue<string>() == "HEAD_OF_DEPARTMENT");
    }

    [Fact]
    public async Task Screen_e_My_page_shows_empty_queues_and_the_missing_trainings_with_their_sessions()
    {
        var me = (await RunAsync("my-page", null, "nyanst"))["me"]!;

        var intro = me["missingTrainings"]!.AsArray().Single(m => m!["training"]!["code"]!.GetValue<string>() == "INTRO-STADM")!;
        Assert.NotEmpty(intro["training"]!["training"]!["sessions"]!.AsArray());
        Assert.Contains("STUDY_ADMINISTRATOR", intro["unlockedProfiles"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()));
        Assert.All(me["workQueues"]!.AsObject(), queue => Assert.Equal(0, queue.Value!.GetValue<int>()));
    }

    [Fact]
    public async Task Screen_f_The_dashboard_reads_several_years_in_one_call_per_course_with_its_name()
    {
        var rows = (await RunAsync("dashboard", new { years = new[] { 2025, 2026 }, unit = "DV" }, "prefdv"))["fullTimeEquivalents"]!.AsArray();

        Assert.Equal(["2025", "2026"], rows.Select(r => r!["period"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r!["course"]!["name"]!.GetValue<string>())));
        Assert.Contains(rows, r => r!["hst"]!.GetValue<decimal>() > 0);
    }

    /// <summary>The documents of docs/graphql.md's "Screens" section, by the name on their first line.</summary>
    private static Dictionary<string, string> ReadDocuments()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "graphql.md"));
        var section = docs[docs.IndexOf("## Screens", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        return ScreenBlock().Matches(section).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["document"].Value);
    }

    [GeneratedRegex(@"```graphql\n# screen: (?<name>[a-z-]+)\n(?<document>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ScreenBlock();

    private async Task<JsonNode> RunAsync(string screen, object? variables, string user)
    {
        var response = await host.PostAsync(Documents[screen], variables, user);
        Assert.True(response.Errors.Count == 0, $"{screen}: {string.Join("; ", response.Errors.Select(e => e!.ToJsonString()))}");
        return response.Data;
    }

    /// <summary>A new student registered on 5DV001 HT2025 by the study administrator: the student's and the registration's ids.</summary>
    private async Task<(string Student, string Registration)> StudentOn5DV001Async(string digits, string lastName)
    {
        var student = Id(await Ok(host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal(digits), firstName = "Skärm", lastName }, "stadmdv"), "student"));
        var offering = await host.PostAsync("{ offering(courseCode: \"5DV001\", term: \"HT2025\") { id } }", user: "ladokadm");
        var registration = Id(await Ok(host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = student, offeringId = Id(offering.Data["offering"]!) }, "stadmdv"), "registration"));
        return (student, registration);
    }

    /// <summary>A result on module 0001 of a new student, reported and marked ready naming examdv.</summary>
    private async Task<JsonNode> ReadyResultAsync(string digits)
    {
        var (_, registration) = await StudentOn5DV001Async(digits, "Kö");
        var draft = await Ok(host.MutateAsync("reportResult", "result { id version }",
            new { registrationId = registration, moduleCode = "0001", grade = "G", examinationDate = "2025-10-20" }, "lararedv"), "result");
        return (await Ok(host.MutateAsync("markResultsReady", "results { id version }",
            new { results = new[] { Ref(draft) }, examiners = new[] { "examdv" } }, "lararedv"), "results"))[0]!;
    }

    private async Task<string> StatusAsync(JsonNode result) =>
        (await host.PostAsync("query($id: ID!) { node(id: $id) { ... on Result { status } } }", new { id = Id(result) }, "examdv"))
            .Data["node"]!["status"]!.GetValue<string>();

    private static async Task<JsonNode> Ok(Task<JsonNode> payload, string field)
    {
        var answer = await payload;
        Assert.True(answer["errors"]!.AsArray().Count == 0, answer.ToJsonString());
        return answer[field]!;
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static object Ref(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };
}
