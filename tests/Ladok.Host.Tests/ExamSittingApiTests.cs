using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Exam sittings through /graphql on the demo university: the demo sitting's codes as the teacher, the examiner and a student see
/// them, reporting by code, and a demo student's own sign-up (signed in as stud01 …).
/// </summary>
public sealed partial class ExamSittingApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Sittings = """
        query($course: String!) { examSittings(courseCode: $course) {
          id moduleCode signedUpCount mySignUp { anonymousCode } module { gradingScale { grades { code } } }
          participants { anonymousCode student { id } registration { offering { id } } } } }
        """;

    [Fact]
    public async Task The_teacher_sees_the_demo_sittings_codes_without_names_the_examiner_sees_who_and_results_reported_by_code_reach_the_students()
    {
        var (course, sitting) = await DemoSittingAsync();
        var asTeacher = Demo(await host.PostAsync(Sittings, new { course }, "lararedv"), sitting);
        var asExaminer = Demo(await host.PostAsync(Sittings, new { course }, "examdv"), sitting);

        var codes = asTeacher["participants"]!.AsArray();
        Assert.NotEmpty(codes);
        Assert.All(codes, p => Assert.Matches(CodeFormat(), p!["anonymousCode"]!.GetValue<string>()));
        Assert.All(codes, p => Assert.Null(p!["student"]));
        var named = asExaminer["participants"]!.AsArray();
        Assert.All(named, p => Assert.NotNull(p!["student"]));

        var first = named[0]!;
        var offering = first["registration"]!["offering"]!["id"]!.GetValue<string>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var grade = asTeacher["module"]!["gradingScale"]!["grades"]![0]!["code"]!.GetValue<string>();
        var input = new
        {
            idempotencyKey = $"by-code-{sitting}", offeringId = offering, moduleCode = asTeacher["moduleCode"]!.GetValue<string>(), examSittingId = sitting,
            rows = new object[]
            {
                new { anonymousCode = first["anonymousCode"]!.GetValue<string>().ToLowerInvariant(), grade, examinationDate = today },
                new { anonymousCode = "ZZZZ9", grade, examinationDate = today },
            },
        };
        var reported = await host.MutateAsync("reportResults", "created invalid rows { outcome result { student { id } } errors { reason path } }", input,
            "lararedv");
        var again = await host.MutateAsync("reportResults", "unchanged invalid", input, "lararedv");

        Assert.True(reported["created"]!.GetValue<int>() == 1, reported.ToJsonString());
        Assert.Equal(1, reported["invalid"]!.GetValue<int>());
        Assert.Equal(first["student"]!["id"]!.GetValue<string>(), reported["rows"]![0]!["result"]!["student"]!["id"]!.GetValue<string>());
        Assert.Equal("ANONYMOUS_CODE_NOT_FOUND", reported["rows"]![1]!["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal("""["input","rows","1","anonymousCode"]""", reported["rows"]![1]!["errors"]![0]!["path"]!.ToJsonString());
        Assert.Equal((1, 1), (again["unchanged"]!.GetValue<int>(), again["invalid"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_demo_student_sees_their_own_code_takes_the_sign_up_back_and_signs_up_again_and_staff_and_students_are_refused_what_is_not_theirs()
    {
        var (course, sitting) = await DemoSittingAsync();
        string? student = null;
        for (var n = 1; n <= 5 && student is null; n++)
        {
            var mine = Demo(await host.PostAsync(Sittings.Replace(" participants { anonymousCode student { id } registration { offering { id } } }", ""),
                new { course }, $"stud{n:00}"), sitting)["mySignUp"];
            if (mine is not null) student = $"stud{n:00}";
        }
        Assert.NotNull(student);

        var participants = await host.PostAsync("query($id: ID!) { examSitting(id: $id) { participants { anonymousCode } } }", new { id = sitting }, student);
        var cancelled = await host.MutateAsync("cancelExamSittingSignUp", "examSitting { signedUpCount }", new { examSittingId = sitting }, student);
        var signedUp = await host.MutateAsync("signUpForExamSitting", "signUp { anonymousCode }", new { examSittingId = sitting }, student);
        var twice = await host.MutateAsync("signUpForExamSitting", "signUp { anonymousCode }", new { examSittingId = sitting }, student, "en");
        var staff = await host.MutateAsync("signUpForExamSitting", "signUp { anonymousCode }", new { examSittingId = sitting }, "stadmdv");

        Assert.Null(participants.Data["examSitting"]!["participants"]);
        Assert.Equal("FORBIDDEN", participants.Errors[0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Empty(cancelled["errors"]!.AsArray());
        Assert.Matches(CodeFormat(), signedUp["signUp"]!["anonymousCode"]!.GetValue<string>());
        Assert.Equal("ALREADY_SIGNED_UP", twice["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.StartsWith("You have already signed up", twice["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("""["input","examSittingId"]""", twice["errors"]![0]!["path"]!.ToJsonString());
        Assert.Equal("NOT_A_STUDENT", staff["errors"]![0]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_study_administrator_plans_and_changes_a_sitting_over_the_version_read_and_a_stale_version_is_refused()
    {
        var version = (await host.PostAsync("""{ offering(courseCode: "5DV001", term: "HT2025") { courseVersion { id } } }""", user: "stadmdv"))
            .Data["offering"]!["courseVersion"]!["id"]!.GetValue<string>();
        var plan = new
        {
            courseVersionId = version, moduleCode = "0001", startsAt = "2027-01-15T09:00:00+01:00", endsAt = "2027-01-15T14:00:00+01:00",
            place = "Aula Nordica", signUpOpens = "2026-12-01", signUpCloses = "2027-01-05", capacity = 100,
        };

        var created = await host.MutateAsync("createExamSitting", "examSitting { id version capacity module { code } }", plan, "stadmdv");
        var sitting = created["examSitting"]!;
        var change = new
        {
            examSittingId = sitting["id"]!.GetValue<string>(), version = sitting["version"]!.GetValue<string>(), plan.startsAt, plan.endsAt,
            place = "Östra paviljongen", plan.signUpOpens, plan.signUpCloses, capacity = 80,
        };
        var changed = await host.MutateAsync("changeExamSitting", "examSitting { place capacity }", change, "stadmdv");
        var stale = await host.MutateAsync("changeExamSitting", "examSitting { place }", change with { }, "stadmdv");
        var badWindow = await host.MutateAsync("createExamSitting", "examSitting { id }", plan with { signUpCloses = "2027-01-15" }, "stadmdv");
        var teacher = await host.PostAsync(LadokHost.MutationDocument("createExamSitting", "examSitting { id }"), new { input = plan }, "lararedv");

        Assert.Empty(created["errors"]!.AsArray());
        Assert.Equal("0001", sitting["module"]!["code"]!.GetValue<string>());
        Assert.Equal(("Östra paviljongen", 80), (changed["examSitting"]!["place"]!.GetValue<string>(), changed["examSitting"]!["capacity"]!.GetValue<int>()));
        Assert.Equal("STALE_VERSION", stale["errors"]![0]!["reason"]!.GetValue<string>());
        Assert.Equal(("SIGN_UP_WINDOW", """["input","signUpCloses"]"""),
            (badWindow["errors"]![0]!["reason"]!.GetValue<string>(), badWindow["errors"]![0]!["path"]!.ToJsonString()));
        Assert.Equal(403, teacher.Status);
    }

    private static JsonNode Demo(GraphQLResponse response, string sitting) =>
        response.Data["examSittings"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == sitting)!;

    /// <summary>The demo sitting: its course (one the demo teacher reports on) and its id.</summary>
    private async Task<(string Course, string Sitting)> DemoSittingAsync()
    {
        var rights = (await host.PostAsync("{ me { courseRights { kind course { code } } } }", user: "lararedv")).Data["me"]!["courseRights"]!.AsArray();
        foreach (var code in rights.Select(r => r!["course"]!["code"]!.GetValue<string>()).Distinct())
        {
            var sittings = (await host.PostAsync("query($course: String!) { examSittings(courseCode: $course) { id signedUpCount } }", new { course = code },
                    "lararedv"))
                .Data["examSittings"]!.AsArray();
            // The demo's sitting is the one with sign-ups; a test may have planned an empty one on the same course.
            if (sittings.FirstOrDefault(s => s!["signedUpCount"]!.GetValue<int>() > 0) is { } demo) return (code, demo["id"]!.GetValue<string>());
        }
        throw new InvalidOperationException("The demo university has no exam sitting on a course the demo teacher reports on.");
    }

    [GeneratedRegex("^[A-HJ-NP-Z]{4}[2-9]$")]
    private static partial Regex CodeFormat();
}
