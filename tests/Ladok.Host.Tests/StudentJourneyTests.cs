using System.Globalization;
using System.Text.Json.Nodes;
using Ladok.Kernel.Modules;
using Ladok.Kernel.Periods;
using Ladok.Modules.Admissions.Application;
using Ladok.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Host.Tests;

/// <summary>
/// A student's whole way through /graphql on a course running now: admitted by the national admission system's file, they
/// register themself, sign up for the exam, the teacher reports by anonymous code, the examiner attests, and the student sees
/// the grade and the notifications of each step and issues a transcript that verifies. Beside them a student the desk
/// registers on the same offering: the authority reports and HST/HPR count the two alike.
/// </summary>
public sealed class StudentJourneyTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Module = "0001";
    private const string Administrator = "ladokadm";
    private const string StudyAdministrator = "stadmdv";
    private const string Teacher = "lararedv";
    private const string Examiner = "examdv";
    private const string Student = "stud01";
    private const string SelfRegistering = "stud02";

    private const decimal Rounding = 0.001m;

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    // A run of the course that started a week ago: the term is the calendar half its start falls in.
    private static readonly DateOnly Start = Today.AddDays(-7);
    private static readonly Term RunTerm = new(Start.Month <= 6 ? TermSeason.Spring : TermSeason.Autumn, Start.Year);

    [Fact]
    public async Task Admitted_by_file_registered_by_themself_signed_up_graded_by_code_attested_seen_notified_and_certified()
    {
        var course = await CourseNewToAsync(Student, "5DV001", "5DV002", "5DV004");
        var offering = await NewOfferingAsync(course, "30021");
        var identityNumber = (await host.PostAsync("{ me { student { identityNumber } } }", user: Student))
            .Data["me"]!["student"]!["identityNumber"]!.GetValue<string>();

        // The national admission system's file, imported as an operator would with `admissions import FILE`.
        var import = await host.Services.GetRequiredService<AdmissionImport>().RunAsync(new StringReader(
                $"personnummer;kurskod;termin;tillfalleskod;status;reservplats\n{identityNumber};{course};{RunTerm};30021;ANTAGEN;\n"),
            "operator", IProgressSteps.None, CancellationToken.None);
        Assert.Equal((1, 0), (import.Imported, import.Errors.Count));

        var registered = await host.MutateAsync("registerMyself", "registration { id kind term }", new { offeringId = offering.Id }, Student);
        Assert.True(registered["errors"]!.AsArray().Count == 0, registered.ToJsonString());
        Assert.Equal(("FIRST_TIME", RunTerm.ToString()),
            (registered["registration"]!["kind"]!.GetValue<string>(), registered["registration"]!["term"]!.GetValue<string>()));

        var sitting = await NewSittingAsync(offering.VersionId);
        var signedUp = await host.MutateAsync("signUpForExamSitting", "signUp { anonymousCode }", new { examSittingId = sitting }, Student);
        var code = signedUp["signUp"]!["anonymousCode"]!.GetValue<string>();

        var result = await ReportAsync(offering.Id, new { anonymousCode = code, grade = offering.Grade, examinationDate = Iso(Today) }, sitting);
        await ReadyAndAttestAsync(result);

        var mine = (await host.PostAsync(
                "{ me { student { results { grade status course { code } module { code } } registrations { offering { id } } } } }", user: Student))
            .Data["me"]!["student"]!;
        Assert.Contains(mine["registrations"]!.AsArray(), r => r!["offering"]!["id"]!.GetValue<string>() == offering.Id);
        Assert.Contains(mine["results"]!.AsArray(), r => r!["course"]!["code"]!.GetValue<string>() == course
            && r["module"]?["code"]?.GetValue<string>() == Module && r["grade"]?.GetValue<string>() == offering.Grade
            && r["status"]!.GetValue<string>() == "ATTESTED");

        // Registered, signed up and attested: each told once, the grade with the result.
        var told = await Eventually.Async(
            async () => (await host.PostAsync("{ me { notifications(first: 50) { nodes { kind courseCode grade read } } unreadNotificationCount } }",
                user: Student)).Data["me"]!,
            me => me["notifications"]!["nodes"]!.AsArray().Count(n => n!["courseCode"]!.GetValue<string>() == course) == 3,
            me => $"three notifications on {course}: {me.ToJsonString()}");
        var onCourse = told["notifications"]!["nodes"]!.AsArray().Where(n => n!["courseCode"]!.GetValue<string>() == course).ToList();
        Assert.Equal(["EXAM_SIGN_UP_CONFIRMED", "REGISTRATION_CONFIRMED", "RESULT_ATTESTED"],
            onCourse.Select(n => n!["kind"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(offering.Grade, onCourse.Single(n => n!["kind"]!.GetValue<string>() == "RESULT_ATTESTED")!["grade"]!.GetValue<string>());
        Assert.All(onCourse, n => Assert.False(n!["read"]!.GetValue<bool>()));
        Assert.True(told["unreadNotificationCount"]!.GetValue<int>() >= 3);

        var transcript = (await host.MutateAsync("issueMyTranscript", "transcript { verificationCode json }", new { }, Student))["transcript"]!;
        var verified = (await host.PostAsync(
                "query($code: String!, $content: String) { verifyTranscript(code: $code, content: $content) { valid } }",
                new { code = transcript["verificationCode"]!.GetValue<string>(), content = transcript["json"]!.GetValue<string>() }))
            .Data["verifyTranscript"]!;
        Assert.True(verified["valid"]!.GetValue<bool>());
        Assert.Contains($"\"{course}\"", transcript["json"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_registration_and_its_result_count_in_HST_HPR_and_the_SCB_and_CSN_reports_exactly_as_a_desk_registration_does()
    {
        // Other courses than the journey's, so that the figures move only with this test.
        var course = await CourseNewToAsync(SelfRegistering, "5DV003", "5DV005", "5DV007");
        var offering = await NewOfferingAsync(course, "30022");
        var before = await FiguresAsync(course);

        // The desk registers a student and reports their result directly.
        var byDesk = await host.MutateAsync("createStudent", "student { id identityNumber }",
            new { identityNumber = IdentityNumbers.Personal("860606123"), firstName = "Disk", lastName = "Registrerad" }, StudyAdministrator);
        var deskStudent = byDesk["student"]!;
        Assert.Empty((await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = deskStudent["id"]!.GetValue<string>(), offeringId = offering.Id }, StudyAdministrator))["errors"]!.AsArray());
        await ReadyAndAttestAsync(await ReportAsync(offering.Id,
            new { studentId = deskStudent["id"]!.GetValue<string>(), grade = offering.Grade, examinationDate = Iso(Today) }));
        var afterDesk = await FiguresAsync(course, changedFrom: before);

        // The demo student, admitted, registers themself and gets the same result.
        var self = (await host.PostAsync("{ me { student { id identityNumber } } }", user: SelfRegistering)).Data["me"]!["student"]!;
        Assert.Empty((await host.MutateAsync("admitStudent", "admission { status }",
            new { studentId = self["id"]!.GetValue<string>(), offeringId = offering.Id, status = "ADMITTED" }, StudyAdministrator))["errors"]!.AsArray());
        Assert.Empty((await host.MutateAsync("registerMyself", "registration { id }", new { offeringId = offering.Id }, SelfRegistering))["errors"]!.AsArray());
        await ReadyAndAttestAsync(await ReportAsync(offering.Id,
            new { studentId = self["id"]!.GetValue<string>(), grade = offering.Grade, examinationDate = Iso(Today) }));
        var afterSelf = await FiguresAsync(course, changedFrom: afterDesk);

        Assert.True(afterDesk.Hst > before.Hst && afterDesk.Hpr > before.Hpr, $"{before} then {afterDesk}");
        // The figures are rounded to three decimals, so two equal shares may differ in the last one.
        Assert.InRange(Math.Abs(afterDesk.Hst - before.Hst - (afterSelf.Hst - afterDesk.Hst)), 0m, Rounding);
        Assert.InRange(Math.Abs(afterDesk.Hpr - before.Hpr - (afterSelf.Hpr - afterDesk.Hpr)), 0m, Rounding);

        var desk = deskStudent["identityNumber"]!.GetValue<string>();
        var own = self["identityNumber"]!.GetValue<string>();
        // The demo student's earlier results are left out of CSN's by their decision day.
        var year = Today.Year.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(await RowsAsync("SCB_TERM", RunTerm.ToString(), desk, course), await RowsAsync("SCB_TERM", RunTerm.ToString(), own, course));
        Assert.Equal(await RowsAsync("CSN_RESULTS", year, desk, course, Iso(Today)), await RowsAsync("CSN_RESULTS", year, own, course, Iso(Today)));
    }

    /// <summary>An offering made for the test, its version and the best grade on its first module.</summary>
    private sealed record Offering(string Id, string VersionId, string Grade);

    private sealed record Figures(decimal Hst, decimal Hpr);

    /// <summary>The first of the courses the demo student has never been registered on (registering again is the desk's work).</summary>
    private async Task<string> CourseNewToAsync(string student, params string[] candidates)
    {
        var taken = (await host.PostAsync("{ me { student { registrations { course { code } } } } }", user: student))
            .Data["me"]!["student"]!["registrations"]!.AsArray().Select(r => r!["course"]!["code"]!.GetValue<string>()).ToHashSet();
        return candidates.FirstOrDefault(c => !taken.Contains(c))
            ?? throw new InvalidOperationException($"The demo student {student} has been on every course of {string.Join(", ", candidates)}.");
    }

    /// <summary>A new offering of the course that started a week ago, its registration window open today.</summary>
    private async Task<Offering> NewOfferingAsync(string courseCode, string code)
    {
        var course = await host.PostAsync(
            "query($c: String!) { course(code: $c) { versions { id modules { code gradingScale { grades { code isPassing rank } } } } } }",
            new { c = courseCode }, Administrator);
        var version = course.Data["course"]!["versions"]!.AsArray()[0]!;
        var versionId = version["id"]!.GetValue<string>();
        var grade = version["modules"]!.AsArray().Single(m => m!["code"]!.GetValue<string>() == Module)!["gradingScale"]!["grades"]!.AsArray()
            .Where(g => g!["isPassing"]!.GetValue<bool>()).MaxBy(g => g!["rank"]!.GetValue<int>())!["code"]!.GetValue<string>();
        var created = await host.MutateAsync("createOffering", "offering { id }",
            new { courseVersionId = versionId, code, term = RunTerm.ToString(), startDate = Iso(Start), endDate = Iso(Start.AddDays(70)) }, Administrator);
        Assert.Empty(created["errors"]!.AsArray());
        var id = created["offering"]!["id"]!.GetValue<string>();
        var window = await host.MutateAsync("setRegistrationWindow", "offering { id }",
            new { offeringId = id, opens = Iso(Today.AddDays(-3)), closes = Iso(Start.AddDays(14)) }, Administrator);
        Assert.Empty(window["errors"]!.AsArray());
        return new Offering(id, versionId, grade);
    }

    /// <summary>An exam sitting on the module in ten days, its sign-up open until three days from now.</summary>
    private async Task<string> NewSittingAsync(string versionId)
    {
        var day = Today.AddDays(10).ToDateTime(new TimeOnly(9, 0));
        var startsAt = new DateTimeOffset(day, TimeZoneInfo.Local.GetUtcOffset(day));
        var created = await host.MutateAsync("createExamSitting", "examSitting { id }", new
        {
            courseVersionId = versionId, moduleCode = Module, startsAt = startsAt.ToString("O", CultureInfo.InvariantCulture),
            endsAt = startsAt.AddHours(4).ToString("O", CultureInfo.InvariantCulture), place = "Aula Nordica",
            signUpOpens = Iso(Today.AddDays(-1)), signUpCloses = Iso(Today.AddDays(3)), capacity = 30,
        }, StudyAdministrator);
        Assert.Empty(created["errors"]!.AsArray());
        return created["examSitting"]!["id"]!.GetValue<string>();
    }

    /// <summary>The teacher reports one row on the module (by anonymous code when a sitting is given); the result reported.</summary>
    private async Task<JsonNode> ReportAsync(string offeringId, object row, string? examSittingId = null)
    {
        var reported = await host.MutateAsync("reportResults", "created rows { errors { reason path } result { id version } }", new
        {
            idempotencyKey = Guid.NewGuid().ToString(), offeringId, moduleCode = Module, examSittingId, rows = new[] { row },
        }, Teacher);
        Assert.True(reported["created"]!.GetValue<int>() == 1, reported.ToJsonString());
        return reported["rows"]![0]!["result"]!;
    }

    private async Task ReadyAndAttestAsync(JsonNode result)
    {
        var ready = await host.MutateAsync("markResultsReady", "results { id version } errors { reason }",
            new { results = new[] { Ref(result) }, examiners = new[] { Examiner } }, Teacher);
        Assert.Empty(ready["errors"]!.AsArray());
        var attested = await host.MutateAsync("attestResults", "results { status } errors { reason }",
            new { results = new[] { Ref(ready["results"]![0]!) } }, Examiner);
        Assert.Empty(attested["errors"]!.AsArray());
        Assert.Equal("ATTESTED", attested["results"]![0]!["status"]!.GetValue<string>());
    }

    /// <summary>Funded HST and HPR of the course in the run's term; with <paramref name="changedFrom"/>, once Reporting has moved on from it.</summary>
    private async Task<Figures> FiguresAsync(string courseCode, Figures? changedFrom = null)
    {
        async Task<Figures> ReadAsync()
        {
            var rows = (await host.PostAsync("query($c: String!, $t: Term!) { fullTimeEquivalents(courseCode: $c, term: $t) { hst hpr } }",
                new { c = courseCode, t = RunTerm.ToString() }, Administrator)).Data["fullTimeEquivalents"]!.AsArray();
            return new Figures(rows.Sum(r => r!["hst"]!.GetValue<decimal>()), rows.Sum(r => r!["hpr"]!.GetValue<decimal>()));
        }

        return changedFrom is null
            ? await ReadAsync()
            : await Eventually.Async(ReadAsync, f => f.Hst > changedFrom.Hst && f.Hpr > changedFrom.Hpr, f => $"HST and HPR to grow from {changedFrom}: {f}");
    }

    /// <summary>
    /// An authority report's rows for one student on the course (and holding <paramref name="alsoHolding"/>), without the identity
    /// number that tells students apart.
    /// </summary>
    private async Task<List<string>> RowsAsync(string kind, string period, string identityNumber, string courseCode, string? alsoHolding = null)
    {
        var rows = (await host.PostAsync("query($k: AuthorityReportKind!, $p: String!) { authorityReport(kind: $k, period: $p) { rows } }",
                new { k = kind, p = period }, Administrator))
            .Data["authorityReport"]!["rows"]!.AsArray().Select(r => r!.AsArray().Select(c => c!.GetValue<string>()).ToList())
            .Where(r => r[0] == identityNumber && r.Contains(courseCode) && (alsoHolding is null || r.Contains(alsoHolding)))
            .Select(r => string.Join('|', r.Skip(1))).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(rows);
        return rows;
    }

    private static object Ref(JsonNode result) => new { id = result["id"]!.GetValue<string>(), version = result["version"]!.GetValue<string>() };

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
