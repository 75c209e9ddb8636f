using System.Text.Json.Nodes;
using Autofac;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Http;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Documents;
using Ladok.Modules.Reporting.Domain;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>Transcripts (resultatintyg): content from the Records facade, issue, verification and the PDF, against a real PostgreSQL.</summary>
public sealed class TranscriptTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly Guid Dv = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeCatalogue catalogue = new([new(Dv, "DV", "Computing", [])]);
    private readonly FakeRecords records = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<ReportingDbContext> databases = null!;
    private CommandRunner commands = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<ReportingDbContext>(ModuleDatabase.Options<ReportingDbContext>(dataSource, ReportingDbContext.Schema));
        commands = new CommandRunner(b =>
        {
            b.RegisterModule<ReportingModule>();
            b.RegisterInstance(databases).As<IDbContextFactory<ReportingDbContext>>().ExternallyOwned();
            b.RegisterInstance(records).As<IRecordsQueries>().ExternallyOwned();
            b.RegisterInstance(catalogue).As<ICatalogueQueries>().ExternallyOwned();
            b.RegisterInstance(new TestUniversity()).As<IUniversityProfile>();
            b.RegisterInstance(new FixedClock(Now)).As<TimeProvider>();
        });
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        commands.Dispose();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task The_transcript_groups_the_results_in_force_by_course_with_names_credits_dates_and_the_origin_of_a_credit_transfer()
    {
        var programming = catalogue.Course("5DV001", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 1), modules: 2);
        var calculus = catalogue.Course("5MA001", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 1));
        var student = records.Student("Åsa", "Öberg");
        records.Add(student, Result(programming, "0001", "VG", 3.75m, new DateOnly(2025, 10, 20)));
        records.Add(student, Result(programming, "0002", "U", 3.75m, new DateOnly(2025, 10, 21), passing: false));
        records.Add(student, Result(calculus, null, "G", 7.5m, new DateOnly(2024, 6, 1), from: "Lunds universitet, MATA21"));

        var issued = Succeeded(await IssueAsync(new IssueTranscriptCommand(student.Id, "stadmdv")));
        var transcript = TranscriptDocument.Read(issued.Content);

        Assert.Equal(
            ("Testuniversitetet", "TEST", new DateOnly(2026, 11, 29), "Åsa Öberg"),
            (transcript.University, transcript.UniversityCode, transcript.IssuedOn, transcript.Student.Name));
        Assert.Equal(
            [("5DV001", "Kurs 5DV001", 3.75m), ("5MA001", "Kurs 5MA001", 7.5m)], transcript.Courses.Select(c => (c.Code, c.NameSv, c.AttainedCredits)));
        Assert.Equal(
            [new TranscriptEntry("0001", "VG", 3.75m, new DateOnly(2025, 10, 20), new DateOnly(2025, 10, 30), null),
             new TranscriptEntry("0002", "U", 0m, new DateOnly(2025, 10, 21), new DateOnly(2025, 10, 31), null)],
            transcript.Courses[0].Results);
        Assert.Equal("Lunds universitet, MATA21", Assert.Single(transcript.Courses[1].Results).TransferredFrom);
        Assert.Equal(11.25m, transcript.TotalCredits);
        Assert.Equal(("stadmdv", Now, student.Id), (issued.IssuedBy, issued.IssuedAt, issued.StudentId));
    }

    [Fact]
    public void A_course_grade_and_the_modules_it_rests_on_count_their_credits_once()
    {
        var programming = catalogue.Course("5DV002", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 1), modules: 2);
        var student = records.Student("Anna", "Andersson");
        var source = new TranscriptSource(student, [
            Result(programming, "0001", "G", 3.75m, new DateOnly(2025, 10, 20)), Result(programming, "0002", "G", 3.75m, new DateOnly(2025, 10, 22)),
            Result(programming, null, "G", 7.5m, new DateOnly(2025, 10, 22))]);

        var transcript = Transcript.From(source, new Dictionary<Guid, CourseInfo>(), "Testuniversitetet", "TEST", new DateOnly(2026, 11, 29), TimeZoneInfo.Utc);

        Assert.Equal(7.5m, transcript.TotalCredits);
        Assert.Equal(["0001", "0002", null], transcript.Courses.Single().Results.Select(r => r.ModuleCode));
        Assert.Equal("5DV002", transcript.Courses.Single().NameSv);
    }

    [Fact]
    public async Task Every_issue_is_a_new_row_with_its_own_code_and_the_hash_of_its_content()
    {
        var student = records.Student("Bo", "Berg");

        var first = Succeeded(await IssueAsync(new IssueTranscriptCommand(student.Id, "stadmdv")));
        var second = Succeeded(await IssueAsync(new IssueTranscriptCommand(student.Id, "stadmma")));

        Assert.NotEqual(first.VerificationCode, second.VerificationCode);
        Assert.Matches($"^[{VerificationCode.Alphabet}]{{12}}$", first.VerificationCode);
        Assert.Equal(2L, await database.ScalarAsync<long>($"SELECT count(*) FROM reporting.issued_transcripts WHERE student_id = '{student.Id}'"));
        Assert.Equal(
            TranscriptDocument.Hash(first.Content),
            await database.ScalarAsync<string>($"SELECT content_hash FROM reporting.issued_transcripts WHERE id = '{first.Id}'"));
    }

    [Fact]
    public async Task An_unknown_student_gets_no_transcript_and_nothing_is_stored()
    {
        var before = await database.ScalarAsync<long>("SELECT count(*) FROM reporting.issued_transcripts");

        var outcome = await IssueAsync(new IssueTranscriptCommand(Guid.NewGuid(), "stadmdv"));

        Assert.Equal(ErrorCode.NotFound, Assert.Single(outcome.Errors).Code);
        Assert.Equal(before, await database.ScalarAsync<long>("SELECT count(*) FROM reporting.issued_transcripts"));
    }

    [Fact]
    public async Task An_untampered_transcript_verifies_a_changed_grade_is_detected_and_an_unknown_code_is_not_valid()
    {
        var course = catalogue.Course("5DV003", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 1));
        var student = records.Student("Cecilia", "Ås");
        records.Add(student, Result(course, null, "G", 7.5m, new DateOnly(2025, 10, 20)));
        var issued = Succeeded(await IssueAsync(new IssueTranscriptCommand(student.Id, "stadmdv")));
        var verifier = new TranscriptVerifier(databases);
        var printed = JsonNode.Parse(issued.Content)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var tampered = JsonNode.Parse(issued.Content)!;
        tampered["courses"]![0]!["results"]![0]!["grade"] = "VG";

        var asPrinted = await verifier.VerifyAsync(VerificationCode.Display(issued.VerificationCode).ToLowerInvariant(), printed, null, default);
        var byHash = await verifier.VerifyAsync(issued.VerificationCode, null, issued.ContentHash.ToUpperInvariant(), default);
        var codeOnly = await verifier.VerifyAsync(issued.VerificationCode, null, null, default);
        var changed = await verifier.VerifyAsync(issued.VerificationCode, tampered.ToJsonString(), null, default);
        var changedHash = await verifier.VerifyAsync(issued.VerificationCode, null, TranscriptDocument.Hash(tampered.ToJsonString()), default);
        var notJson = await verifier.VerifyAsync(issued.VerificationCode, "a photocopy", null, default);
        var unknown = await verifier.VerifyAsync("ABCD-EFGH-JKMN", null, null, default);

        Assert.True(asPrinted.Valid);
        Assert.Equal(("Cecilia Ås", Now, issued.Content), (asPrinted.StudentName, asPrinted.IssuedAt!.Value, asPrinted.Content));
        Assert.True(byHash.Valid);
        Assert.True(codeOnly.Valid);
        Assert.False(changed.Valid);
        Assert.False(changedHash.Valid);
        Assert.False(notJson.Valid);
        Assert.Equal(TranscriptVerification.Unknown, unknown);
    }

    [Fact]
    public async Task The_pdf_of_forty_years_of_results_is_a_pdf_with_swedish_letters_in_its_embedded_font()
    {
        var student = records.Student("Örjan", "Ängström-Łukasik");
        for (var year = 0; year < 40; year++)
        {
            var course = catalogue.Course($"5X{year:D4}", Dv, 15m, new DateOnly(1986 + year, 9, 1), new DateOnly(1986 + year, 12, 20), modules: 10);
            for (var module = 1; module <= 10; module++) records.Add(student, Result(course, $"{module:D4}", "G", 1.5m, new DateOnly(1986 + year, 10, module)));
        }
        var issued = Succeeded(await IssueAsync(new IssueTranscriptCommand(student.Id, "stadmdv")));

        var pdf = TranscriptPdf.Render(TranscriptDocument.Read(issued.Content), issued.VerificationCode,
            TranscriptPdfEndpoint.VerificationAddress("https://ladok.example", issued.VerificationCode));

        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.Equal(400, TranscriptDocument.Read(issued.Content).Courses.Sum(c => c.Results.Count));
        // The embedded DejaVu Sans subset, as a Unicode (Identity-H) font: å, ä, ö and Ł are glyphs of it.
        var objects = System.Text.Encoding.Latin1.GetString(pdf);
        Assert.Contains("/Subtype/Type0/Encoding/Identity-H", objects);
        Assert.Contains("+DejaVu#20Sans/DescendantFonts", objects);
        Assert.True(pdf.Length > 10_000);
    }

    [Fact]
    public async Task The_pdf_prints_and_links_the_public_verify_page_with_its_code_not_the_graphql_endpoint()
    {
        var course = catalogue.Course("5DV001", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 11, 1));
        var student = records.Student("Åsa", "Öberg");
        records.Add(student, Result(course, null, "G", 7.5m, new DateOnly(2025, 10, 20)));
        var issued = Succeeded(await IssueAsync(new IssueTranscriptCommand(student.Id, "stadmdv")));
        var endpoint = new TranscriptPdfEndpoint(new TranscriptVerifier(databases), new StudyDeskRights());

        var response = await endpoint.HandleAsync(
            new ModuleRequest(new Dictionary<string, string?> { ["code"] = issued.VerificationCode }, new Dictionary<string, string>(),
                new System.Security.Claims.ClaimsPrincipal(), "https://ladok.example"), default);

        // The page a reader of the paper opens: /verify/{code} on the host, the code shown as printed (ABCD-EFGH-JKMN).
        var address = $"https://ladok.example/verify/{VerificationCode.Display(issued.VerificationCode)}";
        Assert.Equal(address, TranscriptPdfEndpoint.VerificationAddress("https://ladok.example/", issued.VerificationCode));
        Assert.Equal(200, response.StatusCode);
        var objects = System.Text.Encoding.Latin1.GetString(response.Body);
        Assert.Contains($"/URI({address})", objects);
        Assert.DoesNotContain("/graphql", objects);
    }

    private Task<Outcome<IssuedTranscript>> IssueAsync(IssueTranscriptCommand command) => commands.RunAsync<IssueTranscriptCommand, IssuedTranscript>(command);

    private static TranscriptResult Result(
        FakeCatalogue.FakeCourse course, string? module, string grade, decimal credits, DateOnly examined, bool passing = true, string? from = null) =>
        new(Guid.CreateVersion7(), course.Offering.CourseId, course.Offering.CourseCode, module, grade, passing, credits, examined,
            new DateTimeOffset(examined.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddDays(10) is var decided && decided > Now ? Now : decided, from);

    private static T Succeeded<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value!;
    }

    /// <summary>The student desk's right to issue and hand out transcripts, which the endpoint asks of anyone but the student.</summary>
    private sealed class StudyDeskRights : Ladok.Kernel.GraphQL.Authorization.IAuthorizationPolicyEvaluator
    {
        public ValueTask<Ladok.Kernel.GraphQL.Authorization.PolicyDecision> EvaluateAsync(
            string policy, System.Security.Claims.ClaimsPrincipal caller, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Ladok.Kernel.GraphQL.Authorization.PolicyDecision.Allow);
    }
}
