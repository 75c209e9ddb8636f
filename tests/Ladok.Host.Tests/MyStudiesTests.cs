using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Contracts;
using Ladok.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Host.Tests;

/// <summary>
/// "Mina studier": a signed-in student's own registrations, results (the grade once attested; a ready result in progress; drafts not
/// at all), study record, transcripts, and <c>issueMyTranscript</c>.
/// </summary>
public sealed class MyStudiesTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Staff = "ladokadm";

    [Fact]
    public async Task A_student_sees_their_own_registrations_with_course_and_offering()
    {
        var own = await StaffViewAsync(1);

        var mine = (await host.PostAsync(
                "{ me { student { registrations { id term kind state course { code } offering { id offeringCode } } } } }", user: "stud01"))
            .Data["me"]!["student"]!["registrations"]!.AsArray();

        Assert.NotEmpty(mine);
        Assert.Equal(Ids(own["registrations"]!), Ids(mine));
        Assert.All(mine, r => Assert.False(string.IsNullOrEmpty(r!["course"]!["code"]!.GetValue<string>())));
        Assert.All(mine, r => Assert.False(string.IsNullOrEmpty(r!["offering"]!["offeringCode"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_student_sees_attested_results_with_their_grade_ready_ones_in_progress_without_it_and_no_drafts()
    {
        var seen = new Dictionary<string, int>();
        for (var n = 1; n <= DemoStudents.Count; n++)
        {
            var staffView = (await StaffViewAsync(n))["results"]!.AsArray();
            var mine = (await host.PostAsync(
                    "{ me { student { results { id status grade passed examinationDate attestedAt course { code } } } } }", user: DemoStudents.UserId(n)))
                .Data["me"]!["student"]!["results"]!.AsArray().ToDictionary(r => r!["id"]!.GetValue<string>());

            foreach (var result in staffView)
            {
                var status = result!["status"]!.GetValue<string>();
                seen[status] = seen.GetValueOrDefault(status) + 1;
                var id = result["id"]!.GetValue<string>();
                switch (status)
                {
                    case "ATTESTED" or "REMOVAL_REQUESTED":
                        Assert.Equal("ATTESTED", mine[id]!["status"]!.GetValue<string>());
                        Assert.Equal(result["grade"]!.GetValue<string>(), mine[id]!["grade"]!.GetValue<string>());
                        break;
                    case "READY":
                        Assert.Equal("IN_PROGRESS", mine[id]!["status"]!.GetValue<string>());
                        Assert.Null(mine[id]!["grade"]);
                        Assert.Null(mine[id]!["passed"]);
                        Assert.Null(mine[id]!["examinationDate"]);
                        break;
                    default:
                        Assert.False(mine.ContainsKey(id), $"A {status} result is shown to the student.");
                        break;
                }
            }
        }

        // The demo students' results are in every state, so each branch above ran.
        Assert.True(seen.ContainsKey("ATTESTED") && seen.ContainsKey("READY") && seen.ContainsKey("DRAFT"), string.Join(", ", seen.Keys));
    }

    [Fact]
    public async Task The_study_record_has_each_registered_term_with_its_registrations_and_credits_summing_to_the_total()
    {
        var totals = new List<decimal>();
        for (var n = 1; n <= DemoStudents.Count; n++)
        {
            var me = (await host.PostAsync(
                    "{ me { student { attainedCredits registrations { id } studyRecord { term attainedCredits registrations { id } } } } }",
                    user: DemoStudents.UserId(n)))
                .Data["me"]!["student"]!;

            var terms = me["studyRecord"]!.AsArray();
            Assert.Equal(Ids(me["registrations"]!), terms.SelectMany(t => Ids(t!["registrations"]!)).Order().ToList());
            Assert.Equal(me["attainedCredits"]!.GetValue<decimal>(), terms.Sum(t => t!["attainedCredits"]!.GetValue<decimal>()));
            totals.Add(me["attainedCredits"]!.GetValue<decimal>());
        }

        Assert.Contains(totals, total => total > 0);
    }

    [Fact]
    public async Task Staff_have_no_student_page()
    {
        var response = await host.PostAsync("{ me { student { id } } }", user: Staff);

        Assert.Null(response.Data["me"]!["student"]);
    }

    [Fact]
    public async Task A_student_issues_their_own_transcript_that_verifyTranscript_accepts_and_downloads_it_by_its_link()
    {
        var issued = (await host.MutateAsync("issueMyTranscript", "transcript { verificationCode json pdfUrl }", new { }, "stud02"))["transcript"]!;
        var code = issued["verificationCode"]!.GetValue<string>();

        var verified = (await host.PostAsync(
                "query($code: String!, $content: String) { verifyTranscript(code: $code, content: $content) { valid studentName } }",
                new { code, content = issued["json"]!.GetValue<string>() }))
            .Data["verifyTranscript"]!;
        using var pdf = await host.Http.GetAsync(issued["pdfUrl"]!.GetValue<string>());
        var listed = (await host.PostAsync("{ me { student { transcripts { verificationCode } } } }", user: "stud02"))
            .Data["me"]!["student"]!["transcripts"]!.AsArray();

        Assert.True(verified["valid"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Contains(listed, t => t!["verificationCode"]!.GetValue<string>() == code);
    }

    [Fact]
    public async Task Staff_asking_for_their_own_transcript_are_refused_with_NOT_A_STUDENT()
    {
        var payload = await host.MutateAsync("issueMyTranscript", "transcript { verificationCode }", new { }, Staff);

        Assert.Null(payload["transcript"]);
        Assert.Equal("NOT_A_STUDENT", payload["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", payload["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_student_naming_another_students_id_is_refused_with_OTHER_STUDENT_and_nothing_is_issued()
    {
        var other = await DemoStudentAsync(3);
        var before = await TranscriptCountAsync(other);

        var payload = await host.MutateAsync("issueMyTranscript", "transcript { verificationCode }", new { studentId = other }, "stud01");

        Assert.Null(payload["transcript"]);
        Assert.Equal("OTHER_STUDENT", payload["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal(["input", "studentId"], payload["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(before, await TranscriptCountAsync(other));
    }

    [Fact]
    public async Task A_student_cannot_download_another_students_transcript()
    {
        var issued = (await host.MutateAsync("issueMyTranscript", "transcript { pdfUrl }", new { }, "stud04"))["transcript"]!;
        var path = issued["pdfUrl"]!.GetValue<string>().Split('?')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync("stud05"));
        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_student_sees_their_own_admissions_with_the_offerings_registration_window_and_not_another_students()
    {
        // 5DV003 HT2025 runs 1 September to 2 November 2025.
        var offering = (await host.PostAsync("{ offering(courseCode: \"5DV003\", term: \"HT2025\") { id } }", user: Staff)).Data["offering"]!;
        var offeringId = offering["id"]!.GetValue<string>();
        Assert.Empty((await host.MutateAsync("setRegistrationWindow", "offering { id }",
            new { offeringId, opens = "2025-08-01", closes = "2025-09-08" }, Staff))["errors"]!.AsArray());
        Assert.Empty((await host.MutateAsync("admitStudent", "admission { id }",
            new { studentId = await DemoStudentAsync(3), offeringId, status = "CONDITIONALLY_ADMITTED" }, "stadmdv"))["errors"]!.AsArray());

        const string Document = "{ me { student { admissions { status offering { id registrationOpens registrationCloses } } } } }";
        var mine = (await host.PostAsync(Document, user: "stud03")).Data["me"]!["student"]!["admissions"]!.AsArray();
        var others = (await host.PostAsync(Document, user: "stud04")).Data["me"]!["student"]!["admissions"]!.AsArray();

        var admission = Assert.Single(mine, a => a!["offering"]!["id"]!.GetValue<string>() == offeringId)!;
        Assert.Equal(("CONDITIONALLY_ADMITTED", "2025-08-01", "2025-09-08"), (admission["status"]!.GetValue<string>(),
            admission["offering"]!["registrationOpens"]!.GetValue<string>(), admission["offering"]!["registrationCloses"]!.GetValue<string>()));
        Assert.DoesNotContain(others, a => a!["offering"]!["id"]!.GetValue<string>() == offeringId);
    }

    [Fact]
    public async Task A_student_sees_the_sittings_of_the_courses_they_are_registered_on_with_their_own_anonymous_code()
    {
        var signedUp = 0;
        for (var n = 1; n <= DemoStudents.Count; n++)
        {
            var me = (await host.PostAsync(
                    "{ me { student { registrations { course { code } withdrawnOn droppedOutOn } "
                    + "examSittings { id courseCode mySignUp { anonymousCode } } } } }",
                    user: DemoStudents.UserId(n)))
                .Data["me"]!["student"]!;
            var open = me["registrations"]!.AsArray().Where(r => r!["withdrawnOn"] is null && r["droppedOutOn"] is null)
                .Select(r => r!["course"]!["code"]!.GetValue<string>()).ToHashSet();
            foreach (var sitting in me["examSittings"]!.AsArray())
            {
                var code = sitting!["mySignUp"]?["anonymousCode"]?.GetValue<string>();
                if (code is null)
                {
                    Assert.Contains(sitting["courseCode"]!.GetValue<string>(), open);
                    continue;
                }

                // The code is the one the study administrator sees against this very student.
                var participants = (await host.PostAsync("query($id: ID!) { examSitting(id: $id) { participants { anonymousCode student { id } } } }",
                        new { id = sitting["id"]!.GetValue<string>() }, "stadmdv"))
                    .Data["examSitting"]!["participants"]!.AsArray();
                var own = Assert.Single(participants, p => p!["anonymousCode"]!.GetValue<string>() == code)!;
                Assert.Equal(await DemoStudentAsync(n), own["student"]!["id"]!.GetValue<string>());
                signedUp++;
            }
        }

        // The demo signs up the demo students registered on the sitting's course, so the code branch ran.
        Assert.True(signedUp > 0, "No demo student sees a sitting they signed up for.");
    }

    private async Task<JsonNode> StaffViewAsync(int number) =>
        (await host.PostAsync(
            "query($id: ID!) { node(id: $id) { ... on Student { registrations { id } results { id status grade } } } }",
            new { id = await DemoStudentAsync(number) }, Staff))
        .Data["node"]!;

    private async Task<int> TranscriptCountAsync(string studentId) =>
        (await host.PostAsync("query($id: ID!) { node(id: $id) { ... on Student { transcripts { verificationCode } } } }", new { id = studentId }, Staff))
        .Data["node"]!["transcripts"]!.AsArray().Count;

    private async Task<string> DemoStudentAsync(int number)
    {
        var student = await host.Services.GetRequiredService<IStudentSignIn>().FindByPrincipalNameAsync(DemoStudents.PrincipalName("UMU", number), default);
        return GlobalId.Encode("Student", student!.StudentId);
    }

    private static List<string> Ids(JsonNode list) => list.AsArray().Select(r => r!["id"]!.GetValue<string>()).Order().ToList();
}
