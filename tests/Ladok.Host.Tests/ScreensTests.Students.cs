using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Ladok.Kernel.Periods;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Host.Tests;

/// <summary>The student's screens, (g) to (j), run with their documents as the demo students.</summary>
public sealed partial class ScreensTests
{
    [Fact]
    public async Task Screen_g_Mina_studier_shows_a_student_their_courses_results_and_credits_per_term()
    {
        var me = (await RunAsync("my-studies", null, "stud01"))["me"]!["student"]!;

        Assert.NotEmpty(me["registrations"]!.AsArray());
        Assert.All(me["registrations"]!.AsArray(), r => Assert.False(string.IsNullOrEmpty(r!["course"]!["name"]!.GetValue<string>())));
        Assert.NotEmpty(me["studyRecord"]!.AsArray());
        Assert.All(me["studyRecord"]!.AsArray(), t => Term.Parse(t!["term"]!.GetValue<string>()));
        Assert.All(me["results"]!.AsArray(), r => Assert.Equal(r!["status"]!.GetValue<string>() == "IN_PROGRESS", r["grade"] is null));
    }

    [Fact]
    public async Task Screen_j_A_student_issues_a_transcript_and_finds_it_in_their_list_as_a_plain_link()
    {
        var issued = (await RunAsync("my-transcript", null, "stud01"))["issueMyTranscript"]!;
        var listed = (await RunAsync("my-transcripts", null, "stud01"))["me"]!["student"]!["transcripts"]!.AsArray();
        var transcript = Assert.Single(listed)!;
        using var pdf = await host.Http.GetAsync(transcript["pdfUrl"]!.GetValue<string>());

        Assert.Empty(issued["errors"]!.AsArray());
        Assert.Equal(issued["transcript"]!["verificationCode"]!.GetValue<string>(), transcript["verificationCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
    }

    [Fact]
    public async Task Screen_h_A_student_sees_an_admission_with_its_open_window_registers_on_it_and_withdraws()
    {
        // A new offering of 5DV003 starting next term, its window open today (the host runs on the real clock).
        var today = DateOnly.FromDateTime(DateTime.Now);
        var term = Term.TeachingAt(today).Next;
        var course = await host.PostAsync("{ course(code: \"5DV003\") { versions { id } } }", user: "ladokadm");
        var offeringId = Id(await Ok(host.MutateAsync("createOffering", "offering { id }", new
        {
            courseVersionId = Id(course.Data["course"]!["versions"]![0]!), code = "30019", term = term.ToString(),
            startDate = Iso(term.TeachingStart), endDate = Iso(term.TeachingStart.AddDays(60)),
        }, "ladokadm"), "offering"));
        await Ok(host.MutateAsync("setRegistrationWindow", "offering { id }",
            new { offeringId, opens = Iso(today.AddDays(-3)), closes = Iso(term.TeachingStart.AddDays(7)) }, "ladokadm"), "offering");
        var student = (await host.PostAsync("{ me { student { id } } }", user: "stud05")).Data["me"]!["student"]!;
        await Ok(host.MutateAsync("admitStudent", "admission { id }",
            new { studentId = Id(student), offeringId, status = "ADMITTED" }, "stadmdv"), "admission");

        var before = (await RunAsync("my-registration", null, "stud05"))["me"]!["student"]!;
        var registered = (await RunAsync("register-myself", new { offeringId }, "stud05"))["registerMyself"]!;
        var twice = (await RunAsync("register-myself", new { offeringId }, "stud05"))["registerMyself"]!;
        var after = (await RunAsync("my-registration", null, "stud05"))["me"]!["student"]!;
        var withdrawn = (await RunAsync("withdraw-myself", new { offeringId }, "stud05"))["withdrawMyself"]!;

        var admission = Assert.Single(before["admissions"]!.AsArray(), a => Id(a!["offering"]!) == offeringId)!;
        Assert.Equal(Iso(today.AddDays(-3)), admission["offering"]!["registrationOpens"]!.GetValue<string>());
        Assert.Equal("5DV003", admission["offering"]!["courseVersion"]!["course"]!["code"]!.GetValue<string>());
        Assert.DoesNotContain(before["registrations"]!.AsArray(), r => Id(r!["offering"]!) == offeringId);
        Assert.Empty(registered["errors"]!.AsArray());
        Assert.Equal(term.ToString(), registered["registration"]!["term"]!.GetValue<string>());
        Assert.Equal("ALREADY_REGISTERED", twice["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.Contains(after["registrations"]!.AsArray(), r => Id(r!["offering"]!) == offeringId && r["withdrawnOn"] is null);
        Assert.Empty(withdrawn["errors"]!.AsArray());
        Assert.Equal(Iso(today), withdrawn["registration"]!["withdrawnOn"]!.GetValue<string>());
    }

    [Fact]
    public async Task Screen_i_A_student_sees_their_sitting_with_its_code_takes_the_sign_up_back_and_signs_up_again_with_a_code()
    {
        // The demo signs up the demo students registered on the sitting's course, its window open today.
        (string User, JsonNode Sitting)? found = null;
        for (var n = 1; n <= DemoStudents.Count && found is null; n++)
        {
            var user = DemoStudents.UserId(n);
            var sittings = (await RunAsync("my-exam-sittings", null, user))["me"]!["student"]!["examSittings"]!.AsArray();
            if (sittings.FirstOrDefault(s => s!["mySignUp"] is not null && s["isSignUpOpen"]!.GetValue<bool>()) is { } sitting) found = (user, sitting);
        }

        Assert.NotNull(found);
        var (student, signedUp) = found.Value;
        var examSittingId = Id(signedUp);
        var cancelled = (await RunAsync("cancel-exam-sitting-sign-up", new { examSittingId }, student))["cancelExamSittingSignUp"]!;
        var again = (await RunAsync("sign-up-for-exam-sitting", new { examSittingId }, student))["signUpForExamSitting"]!;
        var listed = (await RunAsync("my-exam-sittings", null, student))["me"]!["student"]!["examSittings"]!.AsArray();

        Assert.Empty(cancelled["errors"]!.AsArray());
        Assert.Null(cancelled["examSitting"]!["mySignUp"]);
        Assert.Empty(again["errors"]!.AsArray());
        var code = again["signUp"]!["anonymousCode"]!.GetValue<string>();
        Assert.Matches("^[A-Z]{4}[0-9]$", code);
        Assert.Equal(code, Assert.Single(listed, s => Id(s!) == examSittingId)!["mySignUp"]!["anonymousCode"]!.GetValue<string>());
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
