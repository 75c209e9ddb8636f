using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>
/// A university's result rules (IResultRule) before results are marked ready or attested: what a
/// rule sees, that a refusal or a failing rule leaves every result of the call as it was, and that
/// a step the product's own rules refuse never reaches them.
/// </summary>
public sealed class ResultRuleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Reporter = "lararedv", Examiner = "examdv", StadmDv = "stadmdv", Plugin = "test.rules";

    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly FakePermissions permissions = new();
    private readonly FakeCatalogue catalogue = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<RecordsDbContext> databases = null!;
    private RecordsCommands records = null!;
    private static int nextNumber;

    private static DateOnly Exam => new(2025, 10, 20);

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        records = new RecordsCommands(dataSource, catalogue, permissions, clock);
        permissions.Grant(StadmDv, RecordsPolicies.Register, FakeCatalogue.Dv);
        foreach (var course in new[] { FakeCatalogue.Programming, FakeCatalogue.Thesis })
        {
            permissions.GrantCourseRight(Reporter, CourseRightKind.Report, course);
            permissions.GrantCourseRight(Examiner, CourseRightKind.Attest, course);
        }
    }

    public async Task DisposeAsync()
    {
        await records.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task A_rule_sees_each_result_with_its_student_course_version_scale_and_examiners_as_the_step_leaves_it()
    {
        var seen = new List<ResultToCheck>();
        var rules = Rules(new Rule(r => { lock (seen) seen.Add(r); return []; }));
        var (student, registration) = await RegisteredAsync(FakeCatalogue.ThesisAutumn);
        var draft = await DraftAsync(registration, "0001", "G", "Ladok as a modular monolith");

        var ready = Assert.Single(Succeeded(await MarkReadyAsync(rules, draft)));
        Assert.Single(Succeeded(await AttestAsync(rules, ready)));

        Assert.Equal([ResultStep.Ready, ResultStep.Attest], seen.Select(r => r.Step));
        Assert.Equal([Reporter, Examiner], seen.Select(r => r.By));
        var attest = seen[1];
        Assert.Equal((draft.Id, student.Id, student.IdentityNumber, student.FirstName, student.LastName),
            (attest.ResultId, attest.StudentId, attest.IdentityNumber, attest.FirstName, attest.LastName));
        Assert.Equal(
            ("5DV999", 1, "0001", 30m, "UG", "G", true),
            (attest.CourseCode, attest.CourseVersion, attest.ModuleCode, attest.Credits, attest.GradingScaleCode, attest.Grade, attest.IsPassing));
        Assert.Equal((Exam, "Ladok as a modular monolith", true), (attest.ExaminationDate, attest.ProjectTitle, attest.RequiresProjectTitle));
        Assert.Equal(new DateOnly(2026, 11, 29), attest.Today);
        Assert.Equal([Examiner], seen[0].Examiners);
        // A copy the plugin cannot change the result through.
        Assert.Throws<NotSupportedException>(() => ((IList<string>)attest.Examiners).Add("intruder"));
    }

    [Fact]
    public async Task A_rule_sees_the_offering_examined_on_and_the_students_earlier_attempts_on_the_module_since_sdk_1_8()
    {
        var (_, registration) = await RegisteredAsync(FakeCatalogue.DvAutumn);
        var failed = Assert.Single(Succeeded(await MarkReadyAsync(Rules(), await DraftAsync(registration, "0001", "U"))));
        Assert.Single(Succeeded(await AttestAsync(Rules(), failed)));
        var otherModule = Assert.Single(Succeeded(await MarkReadyAsync(Rules(), await DraftAsync(registration, "0002", "U"))));
        Assert.Single(Succeeded(await AttestAsync(Rules(), otherModule)));
        var seen = new List<ResultToCheck>();
        var rules = Rules(new Rule(r => { lock (seen) seen.Add(r); return []; }));

        Assert.Single(Succeeded(await MarkReadyAsync(rules, await DraftAsync(registration, "0001", "G"))));

        var asked = Assert.Single(seen);
        var offering = FakeCatalogue.DvAutumn;
        Assert.Equal(new ResultOffering("10001", "HT2025", offering.StartDate, offering.EndDate), asked.Offering);
        // Only the attempt on the same module: the failed one on 0002 is another module's.
        Assert.Equal([new EarlierAttempt("U", false, Exam, new DateOnly(2026, 11, 29), "10001", IsRemoved: false)], asked.EarlierAttempts);
    }

    [Fact]
    public async Task Plugin_reports_read_decided_results_and_registrations_with_the_students_identity_number_and_offering()
    {
        var (student, registration) = await RegisteredAsync(FakeCatalogue.DvAutumn);
        var failed = Assert.Single(Succeeded(await MarkReadyAsync(Rules(), await DraftAsync(registration, "0002", "U"))));
        Assert.Single(Succeeded(await AttestAsync(Rules(), failed)));
        await DraftAsync(registration, "0001", "G");   // a draft is not decided, so reports do not see it
        var facade = new RecordsFacade(databases, clock);

        var results = await facade.DecidedResultsAsync(default).Where(r => r.IdentityNumber == student.IdentityNumber).ToListAsync();
        var registrations = await facade.RegistrationListingAsync(default).Where(r => r.IdentityNumber == student.IdentityNumber).ToListAsync();

        var result = Assert.Single(results);
        Assert.Equal((student.FirstName, student.LastName, "5DV001", "0002", "10001", "U", false), (result.FirstName, result.LastName, result.CourseCode,
            result.ModuleCode, result.OfferingCode, result.Grade, result.IsPassing));
        Assert.Equal((Exam, false, false), (result.ExaminationDate, result.IsCreditTransfer, result.IsRemoved));
        var listed = Assert.Single(registrations);
        Assert.Equal(("5DV001", "10001", "HT2025", "FirstTime", (DateOnly?)null, (DateOnly?)null),
            (listed.CourseCode, listed.OfferingCode, listed.Term, listed.Kind, listed.DroppedOutOn, listed.WithdrawnOn));
    }

    [Fact]
    public async Task A_refusal_of_one_result_among_many_leaves_it_alone_attests_the_others_and_names_the_plugin_its_code_and_the_field()
    {
        var rules = Rules(
            new Rule(
                r => r.Step == ResultStep.Attest && r.Grade == "VG"
                    ? [new ResultRefusal("NO_VG_ON_FRIDAYS", "VG is decided on Mondays.", ResultField.Grade)] : []));
        var first = await ReadyAsync(rules, "G");
        var second = await ReadyAsync(rules, "VG");
        var before = await StoredAsync(second.Id);

        var step = Succeeded(await records.StepAsync(
            new AttestResultsCommand([new ResultRef(first.Id, first.RowVersion), new ResultRef(second.Id, second.RowVersion)], Examiner), rules));

        Assert.Equal([BulkStepOutcome.Changed, BulkStepOutcome.Refused], step.Rows.Select(r => r.Outcome));
        var error = Assert.Single(step.Rows[1].Errors);
        Assert.Equal(ErrorCode.Validation, error.Code);
        Assert.Equal(new RefusingRule(Plugin, "NO_VG_ON_FRIDAYS"), error.Rule);
        Assert.Equal(["input", "results", "1", "grade"], InputPath.Of(error.Field));
        Assert.Contains("VG is decided on Mondays.", error.Message, StringComparison.Ordinal);
        Assert.Contains(Plugin, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(second.Id));
        Assert.Equal("Attested", await database.ScalarAsync<string>($"SELECT status FROM records.results WHERE id = '{first.Id}'"));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM records.outbox_messages WHERE payload->>'resultId' = '{second.Id}'"));
    }

    [Fact]
    public async Task A_refusal_when_marking_ready_leaves_the_draft_as_it_was()
    {
        var rules = Rules(
            new Rule(r => r.Step == ResultStep.Ready ? [new ResultRefusal("ONE_EXAMINER_MORE", "Name a second examiner.", ResultField.Examiners)] : []));
        var (_, registration) = await RegisteredAsync();
        var draft = await DraftAsync(registration, "0001", "G");
        var before = await StoredAsync(draft.Id);

        var refused = await MarkReadyAsync(rules, draft);

        Assert.Equal(["input", "results", "0", "examiners"], InputPath.Of(Assert.Single(refused.Errors).Field));
        Assert.Equal(before, await StoredAsync(draft.Id));
        Assert.StartsWith("Draft/", before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_that_throws_fails_the_call_as_a_plugin_failure_naming_the_plugin_and_writes_nothing()
    {
        var rules = Rules(new Rule(r => r.Step == ResultStep.Attest ? throw new InvalidOperationException("the rule is broken") : []));
        var ready = await ReadyAsync(rules, "G");
        var before = await StoredAsync(ready.Id);

        var failed = await AttestAsync(rules, ready);

        var error = Assert.Single(failed.Errors);
        Assert.Equal(ErrorCode.PluginFailure, error.Code);
        Assert.Contains($"result rule of the plugin {Plugin}", error.Message, StringComparison.Ordinal);
        Assert.Contains("the rule is broken", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(ready.Id));
    }

    [Fact]
    public async Task A_rule_that_does_not_answer_in_time_fails_the_call_and_is_left_behind()
    {
        using var release = new ManualResetEventSlim();
        var rules = Rules(TimeSpan.FromMilliseconds(200), new Rule(r =>
        {
            // Blocks and ignores cancellation, the worst a plugin can do.
            if (r.Step == ResultStep.Attest) release.Wait();
            return [];
        }));
        var ready = await ReadyAsync(rules, "G");
        var before = await StoredAsync(ready.Id);

        try
        {
            var failed = await AttestAsync(rules, ready);

            var error = Assert.Single(failed.Errors);
            Assert.Equal(ErrorCode.PluginFailure, error.Code);
            Assert.Contains($"result rule of the plugin {Plugin} did not answer within 0.2 s", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, await StoredAsync(ready.Id));
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task A_refusal_without_a_code_is_the_plugins_failure()
    {
        var rules = Rules(new Rule(r => r.Step == ResultStep.Attest ? [new ResultRefusal(" ", "No code.")] : []));
        var ready = await ReadyAsync(rules, "G");

        var failed = await AttestAsync(rules, ready);

        Assert.Equal(ErrorCode.PluginFailure, Assert.Single(failed.Errors).Code);
        Assert.Equal("Ready", (await StoredAsync(ready.Id)).Split('/')[0]);
    }

    [Fact]
    public async Task A_step_the_products_own_rules_refuse_never_reaches_the_university_rules()
    {
        var asked = 0;
        var rules = Rules(new Rule(_ => { Interlocked.Increment(ref asked); return []; }));
        var (_, registration) = await RegisteredAsync();
        var draft = await DraftAsync(registration, "0001", "G");

        var refused = await AttestAsync(rules, draft);

        Assert.Equal(ErrorCode.InvalidState, Assert.Single(refused.Errors).Code);
        Assert.Equal(0, asked);
    }

    private sealed class Rule(Func<ResultToCheck, IEnumerable<ResultRefusal>> check) : IResultRule
    {
        public IEnumerable<ResultRefusal> Check(ResultToCheck result) => check(result);
    }

    private ResultRules Rules(params IResultRule[] rules) => Rules(TimeSpan.FromSeconds(30), rules);

    private ResultRules Rules(TimeSpan timeout, params IResultRule[] rules) =>
        new(new PluginExtensions<IResultRule>(rules.Select(r => new PluginExtension<IResultRule>(Plugin, r)).ToList(), timeout), catalogue, clock,
            NullLogger<ResultRules>.Instance);

    private async Task<(Student Student, Registration Registration)> RegisteredAsync(Catalogue.Contracts.OfferingInfo? offering = null)
    {
        var number = Interlocked.Increment(ref nextNumber);
        var student = Succeeded(await records.RunAsync(
            new CreateStudentCommand(Numbers.Personal($"910101{number:D3}"), false, "Rule", $"Student{number}", null, StadmDv)));
        var registration = Succeeded(await records.RunAsync(
            new RegisterStudentCommand(student.Id, (offering ?? FakeCatalogue.DvAutumn).Id, RegistrationKind.FirstTime, StadmDv)));
        return (student, registration);
    }

    private async Task<Result> DraftAsync(Registration registration, string module, string grade, string? title = null) =>
        Succeeded(await records.RunAsync(
            new ReportResultCommand(registration.Id, module, new GradeEntry(grade, Exam, title), Reporter)));

    private async Task<Result> ReadyAsync(ResultRules rules, string grade)
    {
        var (_, registration) = await RegisteredAsync();
        return Assert.Single(Succeeded(await MarkReadyAsync(rules, await DraftAsync(registration, "0001", grade))));
    }

    private Task<Outcome<IReadOnlyList<Result>>> MarkReadyAsync(ResultRules rules, Result draft) =>
        records.RunAsync(
            new MarkResultsReadyCommand([new ResultRef(draft.Id, draft.RowVersion)], [Examiner], Reporter), rules);

    private Task<Outcome<IReadOnlyList<Result>>> AttestAsync(ResultRules rules, params Result[] results) =>
        records.RunAsync(
            new AttestResultsCommand(results.Select(r => new ResultRef(r.Id, r.RowVersion)).ToList(), Examiner), rules);

    /// <summary>Each result's status and version (xmin) as stored, and how many audit entries it has: what a refused call must leave alone.</summary>
    private async Task<string> StoredAsync(params Guid[] resultIds) =>
        await database.ScalarAsync<string>($"""
            SELECT string_agg(r.status || '/' || r.xmin::text || '/' || (SELECT count(*) FROM records.audit_entries a WHERE a.subject_id = r.id),
                ',' ORDER BY r.id)
            FROM records.results r WHERE r.id IN ({string.Join(", ", resultIds.Select(id => $"'{id}'"))})
            """);

    private static T Succeeded<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Code}: {e.Message}")));
        return outcome.Value!;
    }
}
