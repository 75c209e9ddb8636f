using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;
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
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>
/// The result workflow of docs/domain.md against a real PostgreSQL: every transition, every refused
/// transition with its error code, the grade rules and stale versions. Each refusal also checks
/// that nothing stored changed.
/// </summary>
public sealed class ResultWorkflowTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Reporter = "lararedv", Examiner = "examdv", OtherExaminer = "examma", StadmDv = "stadmdv", Nobody = "nyanst";

    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly FakePermissions permissions = new();
    private readonly FakeCatalogue catalogue = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<RecordsDbContext> databases = null!;
    private RecordsCommands records = null!;
    // Tests share the class's database, so every student they create needs a number of its own.
    private static int nextNumber;

    private static DateOnly Exam => new(2025, 10, 20);

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        records = new RecordsCommands(dataSource, catalogue, permissions, clock);
        permissions.Grant(StadmDv, RecordsPolicies.Register, FakeCatalogue.Dv);
        foreach (var course in new[] { FakeCatalogue.Programming, FakeCatalogue.Thesis, FakeCatalogue.Calculus })
        {
            permissions.GrantCourseRight(Reporter, CourseRightKind.Report, course);
            permissions.GrantCourseRight(Examiner, CourseRightKind.Attest, course);
            permissions.GrantCourseRight(OtherExaminer, CourseRightKind.Attest, course);
        }
    }

    public async Task DisposeAsync()
    {
        await records.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task A_draft_is_stored_with_the_grade_as_the_scale_writes_it_and_the_module_credits()
    {
        var registration = await RegisteredAsync();

        var result = Succeeded(await ReportAsync(registration, "0001", "vg"));

        Assert.Equal(ResultStatus.Draft, result.Status);
        Assert.Equal("VG", result.Grade);
        Assert.True(result.IsPassing);
        Assert.Equal(4.5m, result.Credits);
        Assert.Equal(Reporter, result.ReportedBy);
        Assert.Equal("Draft", await StoredAsync(result.Id, "status"));
    }

    [Fact]
    public async Task A_grade_off_the_scale_a_date_out_of_range_and_a_missing_project_title_are_each_refused_and_nothing_is_stored()
    {
        var registration = await RegisteredAsync();
        var thesis = await RegisteredAsync(FakeCatalogue.ThesisAutumn);

        var offScale = await ReportAsync(registration, "0002", "VG");
        var future = await ReportAsync(registration, "0001", "G", DateOnly.FromDateTime(clock.GetUtcNow().Date).AddDays(1));
        var beforeStart = await ReportAsync(registration, "0001", "G", FakeCatalogue.DvAutumn.StartDate.AddDays(-1));
        var noTitle = await ReportAsync(thesis, "0001", "G");
        var noModule = await ReportAsync(registration, "0009", "G");

        Assert.Equal(["input", "grade"], InputPath.Of(Single(offScale, ErrorCode.Validation).Field));
        Assert.Contains("U, G", offScale.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(["input", "examinationDate"], InputPath.Of(Single(future, ErrorCode.Validation).Field));
        Assert.Equal(["input", "examinationDate"], InputPath.Of(Single(beforeStart, ErrorCode.Validation).Field));
        Assert.Equal(["input", "projectTitle"], InputPath.Of(Single(noTitle, ErrorCode.Validation).Field));
        Assert.Contains("0001, 0002", Single(noModule, ErrorCode.NotFound).Message, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.results WHERE student_id IN ('{registration.StudentId}', '{thesis.StudentId}')"));

        Succeeded(await ReportAsync(thesis, "0001", "G", title: "Type inference for Ladok"));
    }

    [Fact]
    public async Task Reporting_needs_a_reporting_right_on_the_course_and_attesting_an_attesting_right()
    {
        var registration = await RegisteredAsync();

        var refused = await records.RunAsync(new ReportResultCommand(registration.Id, "0001", new GradeEntry("G", Exam, null), Nobody));
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(refused.Errors).Code);
        Assert.Equal(RecordsReasons.NoCourseRight, refused.Errors[0].Reason);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.results WHERE registration_id = '{registration.Id}'"));

        var ready = await ReadyAsync(registration, "0001", "G", [Nobody]);
        var attested = await AttestAsync(Nobody, ready);
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(attested.Errors).Code);
        Assert.Equal(RecordsReasons.NoCourseRight, attested.Errors[0].Reason);
        Assert.StartsWith("Du saknar attesteringsrätt på 5DV001", ErrorTexts.Message(attested.Errors[0], ErrorTexts.Swedish), StringComparison.Ordinal);
        Assert.StartsWith("You have no attesting right (attesteringsrätt) on 5DV001", ErrorTexts.Message(attested.Errors[0], ErrorTexts.English),
            StringComparison.Ordinal);
        Assert.Equal("Ready", await StoredAsync(ready.Id, "status"));
    }

    [Fact]
    public async Task A_result_goes_from_draft_to_ready_to_attested_and_the_decision_is_recorded()
    {
        var registration = await RegisteredAsync();
        var draft = Succeeded(await ReportAsync(registration, "0001", "G"));

        var ready = Single(await records.RunAsync(new MarkResultsReadyCommand([Ref(draft)], [Examiner, OtherExaminer], Reporter)));
        Assert.Equal(ResultStatus.Ready, ready.Status);
        Assert.Equal([Examiner, OtherExaminer], ready.Examiners);

        var attested = Single(await AttestAsync(OtherExaminer, ready));
        Assert.Equal(ResultStatus.Attested, attested.Status);
        Assert.Equal(OtherExaminer, attested.DecidedBy);
        Assert.Equal(clock.GetUtcNow(), attested.DecidedAt);
        Assert.Equal("Attested", await StoredAsync(draft.Id, "status"));
    }

    [Fact]
    public async Task Any_attestant_with_the_right_on_the_course_may_decide_a_ready_result_whoever_was_named()
    {
        // HF 6 kap. 18 §: the examiner the university appointed decides; naming one at mark-ready only tells them.
        var ready = await ReadyAsync(await RegisteredAsync(), "0001", "G", [Examiner]);
        var other = await ReadyAsync(await RegisteredAsync(), "0001", "VG", [Examiner]);

        var noRight = await AttestAsync(Nobody, ready);
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(noRight.Errors).Code);
        Assert.Equal("Ready", await StoredAsync(ready.Id, "status"));

        var attested = Single(await AttestAsync(OtherExaminer, ready));
        var rejected = Single(await records.RunAsync(new RejectResultsCommand([Ref(other)], "Wrong date.", OtherExaminer)));

        Assert.Equal((ResultStatus.Attested, OtherExaminer), (attested.Status, attested.DecidedBy));
        Assert.Equal((ResultStatus.Rejected, OtherExaminer), (rejected.Status, rejected.DecidedBy));
    }

    [Fact]
    public async Task The_attestation_queue_holds_the_ready_results_of_every_attestant_with_the_right_not_only_those_named()
    {
        var named = await ReadyAsync(await RegisteredAsync(), "0001", "G", [Examiner]);
        var transfer = Succeeded(await records.RunAsync(new RecordCreditTransferCommand(
            (await RegisteredAsync()).StudentId, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), "Uppsala universitet", StadmDv)));

        var queue = new ResultsAwaitingAttestation(databases, permissions, new CourseRights(permissions, CreditTransferAttestation.Default));
        var forOther = await IdsAsync(queue, OtherExaminer);
        var forNobody = await IdsAsync(queue, Nobody);

        Assert.Contains(named.Id, forOther);
        Assert.Contains(transfer.Id, forOther);
        Assert.Contains(named.Id, await IdsAsync(queue, Examiner));
        Assert.DoesNotContain(named.Id, forNobody);
        Assert.DoesNotContain(transfer.Id, forNobody);
    }

    [Fact]
    public async Task A_rejected_result_goes_back_to_the_reporter_with_the_reason_and_may_be_corrected_and_marked_ready_again()
    {
        var ready = await ReadyAsync(await RegisteredAsync(), "0001", "G", [Examiner]);

        var noReason = await RejectAsync(ready, "  ");
        Assert.Equal(ErrorCode.Validation, Assert.Single(noReason.Errors).Code);
        Assert.Equal("Ready", await StoredAsync(ready.Id, "status"));

        var rejected = Single(await RejectAsync(ready, "The date is the re-exam's, not the exam's."));
        Assert.Equal(ResultStatus.Rejected, rejected.Status);
        Assert.Equal("The date is the re-exam's, not the exam's.", rejected.RejectionReason);

        var corrected = Succeeded(await records.RunAsync(new EditResultCommand(Ref(rejected), new GradeEntry("VG", Exam.AddDays(-3), null), Reporter)));
        Assert.Equal(ResultStatus.Draft, corrected.Status);
        var readyAgain = Single(await records.RunAsync(new MarkResultsReadyCommand([Ref(corrected)], [Examiner], Reporter)));
        Assert.Equal(ResultStatus.Ready, readyAgain.Status);
        Assert.Null(readyAgain.RejectionReason);
    }

    [Fact]
    public async Task A_ready_result_edited_or_returned_is_a_draft_again_and_must_be_marked_ready_anew()
    {
        var registration = await RegisteredAsync();
        var ready = await ReadyAsync(registration, "0001", "G", [Examiner]);

        var edited = Succeeded(await records.RunAsync(new EditResultCommand(Ref(ready), new GradeEntry("VG", Exam, null), Reporter)));
        Assert.Equal(ResultStatus.Draft, edited.Status);
        Assert.Empty(edited.Examiners);

        var readyAgain = await ReadyAsync(edited);
        var returned = Single(await records.RunAsync(new ReturnResultsToDraftCommand([Ref(readyAgain)], Reporter)));
        Assert.Equal(ResultStatus.Draft, returned.Status);
        Assert.Equal("Draft", await StoredAsync(ready.Id, "status"));
    }

    [Fact]
    public async Task An_attested_result_is_never_edited_deleted_returned_or_decided_again()
    {
        var attested = await AttestedAsync(await RegisteredAsync(), "0001", "G");
        var before = await StoredAsync(attested.Id, "grade || status || xmin::text");

        var edit = await records.RunAsync(new EditResultCommand(Ref(attested), new GradeEntry("VG", Exam, null), Reporter));
        var delete = await records.RunAsync(new DeleteResultCommand(Ref(attested), Reporter));
        var back = await records.RunAsync(new ReturnResultsToDraftCommand([Ref(attested)], Reporter));
        var ready = await records.RunAsync(new MarkResultsReadyCommand([Ref(attested)], [Examiner], Reporter));
        var again = await AttestAsync(Examiner, attested);
        var reject = await RejectAsync(attested, "no");
        var removal = await records.RunAsync(new AttestResultRemovalCommand(Ref(attested), Examiner));

        foreach (var errors in new[] { edit.Errors, delete.Errors, back.Errors, ready.Errors, again.Errors, reject.Errors, removal.Errors })
        {
            Assert.Equal(ErrorCode.InvalidState, Assert.Single(errors).Code);
        }
        Assert.All(new[] { edit.Errors, delete.Errors, ready.Errors }, errors => Assert.Equal("RESULT_ATTESTED", errors[0].Reason.Name));
        Assert.Equal("Resultatet är attesterat och kan inte längre ändras. Begär att det tas bort och rapportera sedan ett nytt resultat.",
            ErrorTexts.Message(edit.Errors[0], ErrorTexts.Swedish));
        Assert.Equal("The result is attested and can no longer be changed. Request its removal, then report a new result.",
            ErrorTexts.Message(edit.Errors[0], ErrorTexts.English));
        Assert.Equal(before, await StoredAsync(attested.Id, "grade || status || xmin::text"));
    }

    [Fact]
    public async Task Drafts_cannot_be_decided_and_only_drafts_and_rejected_results_are_deleted()
    {
        var registration = await RegisteredAsync();
        var draft = Succeeded(await ReportAsync(registration, "0001", "G"));

        Assert.Equal(ErrorCode.InvalidState, Assert.Single((await AttestAsync(Examiner, draft)).Errors).Code);
        Assert.Equal(ErrorCode.InvalidState, Assert.Single((await RejectAsync(draft, "no")).Errors).Code);
        Assert.Equal(
            ErrorCode.InvalidState, Assert.Single((await records.RunAsync(new RequestResultRemovalCommand(Ref(draft), "wrong", Reporter))).Errors).Code);
        Assert.Equal(ErrorCode.InvalidState, Assert.Single((await records.RunAsync(new ReturnResultsToDraftCommand([Ref(draft)], Reporter))).Errors).Code);

        var ready = await ReadyAsync(draft);
        Assert.Equal(ErrorCode.InvalidState, Assert.Single((await records.RunAsync(new DeleteResultCommand(Ref(ready), Reporter))).Errors).Code);
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.results WHERE id = '{draft.Id}'"));

        var rejected = Single(await RejectAsync(ready, "Wrong student"));
        Succeeded(await records.RunAsync(new DeleteResultCommand(Ref(rejected), Reporter)));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.results WHERE id = '{draft.Id}'"));
    }

    [Fact]
    public async Task Changing_an_attested_result_goes_through_removal_and_every_attested_version_is_kept()
    {
        var registration = await RegisteredAsync();
        var first = await AttestedAsync(registration, "0001", "G");

        var blocked = await ReportAsync(registration, "0001", "VG");
        Assert.Equal(ErrorCode.Conflict, Single(blocked, ErrorCode.Conflict).Code);

        var noReason = await records.RunAsync(new RequestResultRemovalCommand(Ref(first), "", Reporter));
        Assert.Equal(ErrorCode.Validation, Assert.Single(noReason.Errors).Code);
        var requested = Succeeded(await records.RunAsync(new RequestResultRemovalCommand(Ref(first), "Reported on the wrong module.", Reporter)));
        Assert.Equal(ResultStatus.RemovalRequested, requested.Status);
        var removed = Succeeded(await records.RunAsync(new AttestResultRemovalCommand(Ref(requested), Examiner)));
        Assert.Equal(ResultStatus.Removed, removed.Status);
        Assert.Equal(Examiner, removed.RemovedBy);

        var second = await AttestedAsync(registration, "0001", "VG");

        var kept = (await new RecordsReader(databases, clock).ResultsByStudentIdsAsync([registration.StudentId], default))[registration.StudentId];
        Assert.Equal([(first.Id, ResultStatus.Removed, "G", Examiner), (second.Id, ResultStatus.Attested, "VG", Examiner)],
            kept.OrderBy(r => r.ReportedAt).ThenBy(r => r.Id).Select(r => (r.Id, r.Status, r.Grade, r.DecidedBy!)).ToList());
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        var draft = Succeeded(await ReportAsync(await RegisteredAsync(), "0001", "G"));
        var edited = Succeeded(await records.RunAsync(new EditResultCommand(Ref(draft), new GradeEntry("VG", Exam, null), Reporter)));

        var stale = await records.RunAsync(new MarkResultsReadyCommand([Ref(draft)], [Examiner], Reporter));

        var error = Assert.Single(stale.Errors);
        Assert.Equal(ErrorCode.Conflict, error.Code);
        Assert.Equal(["input", "results", "0", "version"], InputPath.Of(error.Field));
        Assert.Equal("Draft", await StoredAsync(draft.Id, "status"));
        Assert.Equal(edited.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), await StoredAsync(draft.Id, "xmin::text"));
    }

    [Fact]
    public async Task Of_two_writers_on_the_same_version_one_wins_and_the_other_gets_a_conflict()
    {
        var draft = Succeeded(await ReportAsync(await RegisteredAsync(), "0001", "G"));

        var outcomes = await Task.WhenAll(
            records.RunAsync(new EditResultCommand(Ref(draft), new GradeEntry("VG", Exam, null), Reporter)),
            records.RunAsync(new EditResultCommand(Ref(draft), new GradeEntry("U", Exam, null), Reporter)));

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        var loser = Assert.Single(outcomes, o => !o.Succeeded);
        Assert.Equal(ErrorCode.Conflict, Assert.Single(loser.Errors).Code);
        Assert.Equal(winner.Value!.Grade, await StoredAsync(draft.Id, "grade"));
    }

    [Fact]
    public async Task A_step_on_many_results_changes_each_that_passes_and_a_refused_one_fails_alone()
    {
        var results = new List<Result>();
        for (var i = 0; i < 3; i++) results.Add(Succeeded(await ReportAsync(await RegisteredAsync(), "0001", "G")));
        var attested = await AttestedAsync(await RegisteredAsync(), "0001", "G");
        // The second draft is stale: someone edited it after it was read.
        Succeeded(await records.RunAsync(new EditResultCommand(Ref(results[1]), new GradeEntry("VG", Exam, null), Reporter)));

        var step = Succeeded(await records.StepAsync(new MarkResultsReadyCommand([.. results.Select(Ref), Ref(attested)], [Examiner], Reporter)));

        Assert.Equal([BulkStepOutcome.Changed, BulkStepOutcome.Refused, BulkStepOutcome.Changed, BulkStepOutcome.Refused],
            step.Rows.Select(r => r.Outcome));
        var stale = Assert.Single(step.Rows[1].Errors);
        Assert.Equal(ErrorCode.Conflict, stale.Code);
        Assert.Equal(["input", "results", "1", "version"], InputPath.Of(stale.Field));
        Assert.Equal(["input", "results", "3"], InputPath.Of(step.Rows[3].Errors.Single().Field));
        Assert.Equal(ResultStatus.Attested, step.Rows[3].Result!.Status);
        Assert.Equal([results[0].Id, results[2].Id], step.Changed.Select(r => r.Id));
        Assert.Equal(2L, await CountAsync(
            $"SELECT count(*) FROM records.results WHERE status = 'Ready' AND id IN ({string.Join(",", results.Select(r => $"'{r.Id}'"))})"));
    }

    [Fact]
    public async Task A_dry_run_says_which_results_would_change_and_why_others_would_not_and_stores_nothing()
    {
        var draft = Succeeded(await ReportAsync(await RegisteredAsync(), "0001", "G"));
        var attested = await AttestedAsync(await RegisteredAsync(), "0001", "G");
        var outbox = await CountAsync("SELECT count(*) FROM records.outbox_messages");
        var audit = await CountAsync("SELECT count(*) FROM records.audit_entries");

        var step = Succeeded(await records.StepAsync(new MarkResultsReadyCommand([Ref(draft), Ref(attested)], [Examiner], Reporter, DryRun: true)));

        Assert.True(step.DryRun);
        Assert.Equal([BulkStepOutcome.WouldChange, BulkStepOutcome.Refused], step.Rows.Select(r => r.Outcome));
        Assert.Equal(ResultStatus.Ready, step.Rows[0].Result!.Status);
        Assert.NotEmpty(step.Rows[1].Errors);
        Assert.Empty(step.Changed);
        Assert.Equal("Draft", await database.ScalarAsync<string>($"SELECT status FROM records.results WHERE id = '{draft.Id}'"));
        Assert.Equal((outbox, audit), (await CountAsync("SELECT count(*) FROM records.outbox_messages"),
            await CountAsync("SELECT count(*) FROM records.audit_entries")));
    }

    [Fact]
    public async Task The_course_grade_needs_every_module_passed_and_is_dated_by_the_last_module()
    {
        var registration = await RegisteredAsync();
        await AttestedAsync(registration, "0001", "VG", Exam.AddDays(-10));

        var early = await ReportAsync(registration, null, "VG", date: null);
        Assert.Contains("0002", Single(early, ErrorCode.Validation).Message, StringComparison.Ordinal);

        await AttestedAsync(registration, "0002", "G", Exam);
        var misdated = await ReportAsync(registration, null, "VG", Exam.AddDays(-10));
        Assert.Equal(["input", "examinationDate"], InputPath.Of(Single(misdated, ErrorCode.Validation).Field));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.results WHERE registration_id = '{registration.Id}' AND module_id IS NULL"));

        var courseGrade = Succeeded(await ReportAsync(registration, null, "VG", date: null));
        Assert.Equal(Exam, courseGrade.ExaminationDate);
        Assert.Equal(7.5m, courseGrade.Credits);
    }

    [Fact]
    public async Task A_course_grade_over_modules_is_never_a_failing_grade()
    {
        // Every module passed, so the course grade is due; U on it is refused, a failing result belongs on a module.
        var registration = await RegisteredAsync();
        await AttestedAsync(registration, "0001", "G", Exam.AddDays(-10));
        await AttestedAsync(registration, "0002", "G", Exam);

        var failing = await ReportAsync(registration, null, "U", date: null);

        Assert.Equal(["input", "grade"], InputPath.Of(Single(failing, ErrorCode.Validation).Field));
        Assert.Contains("failing", failing.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.results WHERE registration_id = '{registration.Id}' AND module_id IS NULL"));
        Succeeded(await ReportAsync(registration, null, "G", date: null));
    }

    [Fact]
    public async Task A_failed_module_may_be_reported_again_after_a_retake()
    {
        var registration = await RegisteredAsync();
        await AttestedAsync(registration, "0001", "U", Exam.AddDays(-30));

        var retake = Succeeded(await ReportAsync(registration, "0001", "G", Exam));

        Assert.Equal(ResultStatus.Draft, retake.Status);
        Assert.Equal(2L, await CountAsync($"SELECT count(*) FROM records.results WHERE registration_id = '{registration.Id}'"));
    }

    [Fact]
    public async Task Reporting_the_same_grade_twice_returns_the_result_already_there()
    {
        var registration = await RegisteredAsync();
        var first = Succeeded(await ReportAsync(registration, "0001", "G"));

        var again = Succeeded(await ReportAsync(registration, "0001", "g"));
        var other = await ReportAsync(registration, "0001", "VG");

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(ErrorCode.Conflict, Single(other, ErrorCode.Conflict).Code);
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.results WHERE registration_id = '{registration.Id}'"));
    }

    [Fact]
    public async Task A_bulk_report_says_per_row_what_it_did_and_a_second_run_changes_nothing()
    {
        var fresh = await RegisteredAsync();
        var withDraft = await RegisteredAsync();
        var withAttested = await RegisteredAsync();
        var notRegistered = (await RegisteredAsync(FakeCatalogue.DvSpring)).StudentId;
        var draft = Succeeded(await ReportAsync(withDraft, "0001", "G"));
        await AttestedAsync(withAttested, "0001", "G");
        var command = new ReportResultsCommand("exam-2025-10-20", FakeCatalogue.DvAutumn.Id, "0001",
        [
            new ReportResultsRow(fresh.StudentId, null, new GradeEntry("VG", Exam, null)),
            new ReportResultsRow(withDraft.StudentId, null, new GradeEntry("VG", Exam, null)),
            new ReportResultsRow(withAttested.StudentId, null, new GradeEntry("U", Exam, null)),
            new ReportResultsRow(notRegistered, null, new GradeEntry("G", Exam, null)),
            new ReportResultsRow(fresh.StudentId, null, new GradeEntry("G", Exam, null)),
        ], Reporter);

        var first = Succeeded(await records.RunAsync(command));
        var auditAfterFirst = await CountAsync("SELECT count(*) FROM records.audit_entries WHERE subject_type = 'Result'");
        var second = Succeeded(await records.RunAsync(command));

        Assert.Equal(
            [ReportOutcome.Created, ReportOutcome.Updated, ReportOutcome.Conflict, ReportOutcome.Invalid, ReportOutcome.Invalid], first.Select(r => r.Outcome));
        Assert.Equal(
            [ReportOutcome.Unchanged, ReportOutcome.Unchanged, ReportOutcome.Conflict, ReportOutcome.Invalid, ReportOutcome.Invalid],
            second.Select(r => r.Outcome));
        var created = first[0].Result!;
        Assert.Equal(
            ("VG", created.RowVersion.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (await StoredAsync(created.Id, "grade"), await StoredAsync(created.Id, "xmin::text")));
        Assert.Equal("VG", await StoredAsync(draft.Id, "grade"));
        Assert.Equal(
            1L, await CountAsync(
                $"SELECT count(*) FROM records.audit_entries WHERE subject_id = '{created.Id}' AND action = 'Created' AND changed_by = '{Reporter}'"));
        Assert.Equal(auditAfterFirst, await CountAsync("SELECT count(*) FROM records.audit_entries WHERE subject_type = 'Result'"));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.results WHERE student_id = '{fresh.StudentId}'"));
    }

    [Fact]
    public async Task After_a_continuation_on_the_same_offering_reporting_again_finds_the_result_of_the_first_term_and_never_adds_a_second()
    {
        var ffg = await RegisteredAsync(FakeCatalogue.DvTwoTerms);
        ReportResultsCommand Batch(string key, string module, string grade) =>
            new(key, FakeCatalogue.DvTwoTerms.Id, module, [new ReportResultsRow(ffg.StudentId, null, new GradeEntry(grade, Exam, null))], Reporter);
        var draft = Assert.Single(Succeeded(await records.RunAsync(Batch("two-terms-1", "0001", "G")))).Result!;
        var fo = await ContinuedAsync(ffg);

        var same = Assert.Single(Succeeded(await records.RunAsync(Batch("two-terms-2", "0001", "G"))));
        var changed = Assert.Single(Succeeded(await records.RunAsync(Batch("two-terms-3", "0001", "VG"))));
        var single = Succeeded(await ReportAsync(fo, "0001", "VG"));
        var otherSingle = await ReportAsync(fo, "0001", "G");
        var newModule = Assert.Single(Succeeded(await records.RunAsync(Batch("two-terms-4", "0002", "G"))));

        Assert.Equal((ReportOutcome.Unchanged, draft.Id), (same.Outcome, same.Result!.Id));
        Assert.Equal((ReportOutcome.Updated, draft.Id, ffg.Id), (changed.Outcome, changed.Result!.Id, changed.Result.RegistrationId!.Value));
        Assert.Equal(draft.Id, single.Id);
        Assert.Equal(ErrorCode.Conflict, Single(otherSingle, ErrorCode.Conflict).Code);
        Assert.Equal("VG", await StoredAsync(draft.Id, "grade"));
        Assert.Equal(ffg.Id.ToString(), await StoredAsync(draft.Id, "registration_id"));
        // A result not reported before goes on the latest term's registration.
        Assert.Equal((ReportOutcome.Created, fo.Id), (newModule.Outcome, newModule.Result!.RegistrationId!.Value));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.results WHERE student_id = '{ffg.StudentId}' AND module_code = '0001'"));
        Assert.Equal(2L, await CountAsync($"SELECT count(*) FROM records.results WHERE student_id = '{ffg.StudentId}'"));
    }

    [Fact]
    public async Task The_database_keeps_one_open_result_per_student_offering_and_module_across_the_terms_registrations()
    {
        var ffg = await RegisteredAsync(FakeCatalogue.DvTwoTerms);
        var draft = Succeeded(await ReportAsync(ffg, "0001", "G"));
        var fo = await ContinuedAsync(ffg);

        // What a reporter racing through the FO registration would write, past the handlers' own check.
        await using var copy = dataSource.CreateCommand($"""
            CREATE TEMP TABLE racing AS SELECT * FROM records.results WHERE id = '{draft.Id}';
            UPDATE racing SET id = gen_random_uuid(), registration_id = '{fo.Id}';
            INSERT INTO records.results SELECT * FROM racing;
            """);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => copy.ExecuteNonQueryAsync());

        Assert.Equal((PostgresErrorCodes.UniqueViolation, "ix_results_one_open_per_module"), (refused.SqlState, refused.ConstraintName));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.results WHERE student_id = '{ffg.StudentId}'"));
    }

    [Fact]
    public async Task The_course_grade_counts_modules_attested_under_the_first_term_and_the_continuation_and_completes_both_registrations()
    {
        var ffg = await RegisteredAsync(FakeCatalogue.DvTwoTerms);
        await AttestedAsync(ffg, "0001", "VG", Exam.AddDays(-10));
        var fo = await ContinuedAsync(ffg);
        var spring = new DateOnly(2026, 3, 10);
        await AttestedAsync(fo, "0002", "G", spring);

        var courseGrade = Succeeded(await ReportAsync(fo, null, "VG", date: null));
        await AttestAsync(Examiner, await ReadyAsync(courseGrade));

        Assert.Equal((spring, fo.Id), (courseGrade.ExaminationDate, courseGrade.RegistrationId!.Value));
        var states = await new ParticipationStates(databases, catalogue, clock).ByRegistrationIdsAsync([ffg.Id, fo.Id], default);
        Assert.Equal([ParticipationState.Completed, ParticipationState.Completed], new[] { states[ffg.Id], states[fo.Id] });
        var completed = await new RecordsReader(databases, clock).RegistrationsOfOfferingAsync(FakeCatalogue.DvTwoTerms.Id,
            new ParticipationFilter(
                ParticipationState.Completed, RecordsRules.Today(clock), FakeCatalogue.DvTwoTerms.StartDate, FakeCatalogue.DvTwoTerms.EndDate),
            new PageRequest(100, false, null, null), default);
        Assert.Contains(fo.Id, completed.Nodes.Select(r => r.Id));
        Assert.DoesNotContain(ffg.Id, completed.Nodes.Select(r => r.Id));
    }

    [Fact]
    public async Task A_dropout_from_the_continuation_is_dated_after_a_module_passed_in_the_first_term_and_is_not_early()
    {
        var ffg = await RegisteredAsync(FakeCatalogue.DvTwoTerms);
        await AttestedAsync(ffg, "0001", "G", Exam);
        var fo = await ContinuedAsync(ffg);

        var beforePass = await records.RunAsync(new RecordDropoutCommand(fo.Id, null, Exam.AddDays(-1), null, StadmDv));
        Assert.Equal(["input", "date"], InputPath.Of(Single(beforePass, ErrorCode.Validation).Field));
        Assert.Equal("", await database.ScalarAsync<string>($"SELECT coalesce(dropped_out_on::text, '') FROM records.registrations WHERE id = '{fo.Id}'"));

        var dropped = Succeeded(await records.RunAsync(new RecordDropoutCommand(fo.Id, null, Exam.AddDays(1), null, StadmDv)));
        Assert.False(dropped.Registration!.IsEarlyDropout);
    }

    [Fact]
    public async Task Participants_are_one_per_student_with_the_latest_registration_and_the_results_of_every_term()
    {
        var ffg = await RegisteredAsync(FakeCatalogue.DvTwoTerms);
        var autumn = await AttestedAsync(ffg, "0001", "G", Exam);
        var fo = await ContinuedAsync(ffg);
        var spring = Succeeded(await ReportAsync(fo, "0002", "G", new DateOnly(2026, 3, 10)));
        var reader = new RecordsReader(databases, clock);

        var all = await reader.RegistrationsOfOfferingAsync(FakeCatalogue.DvTwoTerms.Id, new PageRequest(100, false, null, null), default);
        var results = await reader.ResultsOnOfferingByRegistrationIdsAsync([fo.Id], default);
        var registrations = await reader.RegistrationsOnOfferingByRegistrationIdsAsync([fo.Id], default);

        Assert.Equal(fo.Id, Assert.Single(all.Nodes, r => r.StudentId == ffg.StudentId).Id);
        Assert.Equal(all.Nodes.Select(r => r.StudentId).Distinct().Count(), all.TotalCount);
        Assert.Equal([autumn.Id, spring.Id], results[fo.Id].Select(r => r.Id));
        Assert.Equal([ffg.Id, fo.Id], registrations[fo.Id].Select(r => r.Id));
    }

    [Fact]
    public async Task A_bulk_key_used_again_for_other_rows_is_refused_and_nothing_is_stored()
    {
        var registration = await RegisteredAsync();
        Succeeded(await records.RunAsync(new ReportResultsCommand("exam-reused", FakeCatalogue.DvAutumn.Id, "0002",
            [new ReportResultsRow(registration.StudentId, null, new GradeEntry("G", Exam, null))], Reporter)));
        var other = await RegisteredAsync();

        var reused = await records.RunAsync(new ReportResultsCommand("exam-reused", FakeCatalogue.DvAutumn.Id, "0002",
            [new ReportResultsRow(other.StudentId, null, new GradeEntry("G", Exam, null))], Reporter));

        Assert.Equal(["input", "idempotencyKey"], InputPath.Of(Single(reused, ErrorCode.Conflict).Field));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.results WHERE student_id = '{other.StudentId}'"));
    }

    [Fact]
    public async Task A_credit_transfer_waits_for_an_attestant_and_is_never_decided_by_the_administrator_who_recorded_it()
    {
        // HF 6 kap. 6–8 §§: the university decides a credit transfer; the one who records it does not also decide it (separation of duties).
        permissions.Grant(StadmDv, RecordsPolicies.Attest, FakeCatalogue.Dv);
        permissions.GrantCourseRight(StadmDv, CourseRightKind.Attest, FakeCatalogue.Programming);
        var student = (await RegisteredAsync()).StudentId;

        var forbidden = await records.RunAsync(
            new RecordCreditTransferCommand(student, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), "KTH, DD1310, HT2024", Nobody));
        var nowhere = await records.RunAsync(
            new RecordCreditTransferCommand(student, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), " ", StadmDv));
        var failing = await records.RunAsync(
            new RecordCreditTransferCommand(student, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("U", Exam, null), "KTH", StadmDv));
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(forbidden.Errors).Code);
        Assert.Equal(ErrorCode.Validation, Assert.Single(nowhere.Errors).Code);
        Assert.Equal(["input", "grade"], InputPath.Of(Single(failing, ErrorCode.Validation).Field));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.results WHERE student_id = '{student}'"));

        var transfer = Succeeded(await records.RunAsync(
            new RecordCreditTransferCommand(student, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), "KTH, DD1310, HT2024", StadmDv)));

        Assert.Equal((ResultStatus.Ready, ResultOrigin.CreditTransfer, "KTH, DD1310, HT2024", 3.0m),
            (transfer.Status, transfer.Origin, transfer.TransferredFrom, transfer.Credits));
        Assert.Null(transfer.RegistrationId);
        Assert.Null(transfer.DecidedBy);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.outbox_messages WHERE payload->>'resultId' = '{transfer.Id}'"));
        var twice = await records.RunAsync(
            new RecordCreditTransferCommand(student, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), "KTH", StadmDv));
        Assert.Equal(ErrorCode.Conflict, Assert.Single(twice.Errors).Code);

        var ownDecision = await AttestAsync(StadmDv, transfer);
        var ownRejection = await records.RunAsync(new RejectResultsCommand([Ref(transfer)], "No.", StadmDv));
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(ownDecision.Errors).Code);
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(ownRejection.Errors).Code);
        Assert.Equal("Ready", await StoredAsync(transfer.Id, "status"));

        var attested = Single(await AttestAsync(Examiner, transfer));
        Assert.Equal((ResultStatus.Attested, Examiner, StadmDv), (attested.Status, attested.DecidedBy, attested.ReportedBy));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.outbox_messages WHERE payload->>'resultId' = '{transfer.Id}'"));
    }

    [Fact]
    public async Task Where_the_university_chose_so_a_departments_attestant_decides_credit_transfers_without_a_right_on_the_course()
    {
        const string DepartmentAttestant = "tgdv";
        permissions.Grant(DepartmentAttestant, RecordsPolicies.Attest, FakeCatalogue.Dv);
        var byDepartment = new RecordsCommands(
            dataSource, catalogue, permissions, clock, new CreditTransferAttestation(CreditTransferAttesters.DepartmentAttestants));
        await using var _ = byDepartment;
        var first = Succeeded(await byDepartment.RunAsync(new RecordCreditTransferCommand(
            (await RegisteredAsync()).StudentId, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), "Mittuniversitetet", StadmDv)));
        var second = Succeeded(await byDepartment.RunAsync(new RecordCreditTransferCommand(
            (await RegisteredAsync()).StudentId, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), "Mittuniversitetet", StadmDv)));
        var ready = await ReadyAsync(await RegisteredAsync(), "0001", "G", [Examiner]);

        var byCourseRightOnly = await records.RunAsync(new AttestResultsCommand([Ref(first)], DepartmentAttestant));
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(byCourseRightOnly.Errors).Code);
        var notAResult = await byDepartment.RunAsync(new AttestResultsCommand([Ref(ready)], DepartmentAttestant));
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(notAResult.Errors).Code);

        var queue = new ResultsAwaitingAttestation(databases, permissions,
            new CourseRights(permissions, new CreditTransferAttestation(CreditTransferAttesters.DepartmentAttestants)));
        Assert.Contains(first.Id, await IdsAsync(queue, DepartmentAttestant));
        var attested = Single(await byDepartment.RunAsync(new AttestResultsCommand([Ref(first)], DepartmentAttestant)));
        var rejected = Single(await byDepartment.RunAsync(new RejectResultsCommand([Ref(second)], "The course does not match 5DV001.", DepartmentAttestant)));
        Assert.Equal((ResultStatus.Attested, DepartmentAttestant), (attested.Status, attested.DecidedBy));
        Assert.Equal((ResultStatus.Rejected, DepartmentAttestant), (rejected.Status, rejected.DecidedBy));

        // A rejected transfer is a decision on record; the administrator may record the student's case again.
        Succeeded(await byDepartment.RunAsync(new RecordCreditTransferCommand(
            rejected.StudentId, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), "Mittuniversitetet, DT001G", StadmDv)));
    }

    [Fact]
    public async Task A_transcript_source_holds_the_results_in_force_and_leaves_out_drafts_rejected_and_removed_results()
    {
        var registration = await RegisteredAsync();
        var removed = await AttestedAsync(registration, "0001", "G");
        var requested = Succeeded(await records.RunAsync(new RequestResultRemovalCommand(Ref(removed), "Wrong module.", Reporter)));
        Succeeded(await records.RunAsync(new AttestResultRemovalCommand(Ref(requested), Examiner)));
        var attested = await AttestedAsync(registration, "0001", "VG");
        var rejected = await ReadyAsync(registration, "0002", "G", [Examiner]);
        Succeeded(await RejectAsync(rejected, "Wrong date."));
        var thesis = Succeeded(await records.RunAsync(
            new RegisterStudentCommand(registration.StudentId, FakeCatalogue.ThesisAutumn.Id, RegistrationKind.FirstTime, StadmDv)));
        var pending = Succeeded(await ReportAsync(thesis, "0001", "G", title: "Transcripts"));
        pending = Single(await AttestAsync(Examiner, await ReadyAsync(pending)));
        Succeeded(await records.RunAsync(new RequestResultRemovalCommand(Ref(pending), "Check the title.", Reporter)));
        var transfer = Succeeded(await records.RunAsync(
            new RecordCreditTransferCommand(
                registration.StudentId, FakeCatalogue.ProgrammingV1.Id, "0002", new GradeEntry("G", Exam, null), "Lunds universitet, EDAA45", StadmDv)));
        transfer = Single(await AttestAsync(Examiner, transfer));

        var source = await new RecordsFacade(databases).GetTranscriptSourceAsync(registration.StudentId, default);

        Assert.Equal(registration.StudentId, source!.Student.Id);
        Assert.Equal(
            [(attested.Id, "5DV001", "0001", "VG", 4.5m, null), (transfer.Id, "5DV001", "0002", "G", 3.0m, "Lunds universitet, EDAA45"),
                (pending.Id, "5DV999", "0001", "G", 30m, (string?)null)],
            source.Results.Select(r => (r.ResultId, r.CourseCode, r.ModuleCode, r.Grade, r.Credits, r.TransferredFrom)).OrderBy(r => r.CourseCode)
                .ThenBy(r => r.ModuleCode).ToList());
        Assert.All(source.Results, r => Assert.Equal(Exam, r.ExaminationDate));
        Assert.Null(await new RecordsFacade(databases).GetTranscriptSourceAsync(Guid.NewGuid(), default));
    }

    private static ResultRef Ref(Result result) => new(result.Id, result.RowVersion);

    private static async Task<List<Guid>> IdsAsync(ResultsAwaitingAttestation queue, string attestant) =>
        (await queue.ForAsync(attestant, new PageRequest(500, false, null, null), default)).Nodes.Select(r => r.Id).ToList();

    private async Task<Registration> RegisteredAsync(Catalogue.Contracts.OfferingInfo? offering = null)
    {
        var number = Interlocked.Increment(ref nextNumber);
        var student = Succeeded(await records.RunAsync(
            new CreateStudentCommand(Numbers.Personal($"900101{number:D3}"), false, "Student", $"Number{number}", null, StadmDv)));
        return Succeeded(await records.RunAsync(
            new RegisterStudentCommand(student.Id, (offering ?? FakeCatalogue.DvAutumn).Id, RegistrationKind.FirstTime, StadmDv)));
    }

    /// <summary>An FO for the next term of the same offering.</summary>
    private async Task<Registration> ContinuedAsync(Registration registration) =>
        Succeeded(await records.RunAsync(
            new RegisterStudentCommand(registration.StudentId, registration.OfferingId, RegistrationKind.Continuation, StadmDv)));

    private Task<Outcome<Result>> ReportAsync(Registration registration, string? module, string grade, DateOnly? date = default, string? title = null) =>
        records.RunAsync(
            new ReportResultCommand(registration.Id, module, new GradeEntry(grade, date ?? (module is null ? null : Exam), title), Reporter));

    private async Task<Result> ReadyAsync(Registration registration, string module, string grade, IReadOnlyList<string> examiners)
    {
        var draft = Succeeded(await ReportAsync(registration, module, grade));
        return Single(await records.RunAsync(new MarkResultsReadyCommand([Ref(draft)], examiners, Reporter)));
    }

    private async Task<Result> ReadyAsync(Result draft) =>
        Single(await records.RunAsync(new MarkResultsReadyCommand([Ref(draft)], [Examiner], Reporter)));

    private async Task<Result> AttestedAsync(Registration registration, string module, string grade, DateOnly? date = null)
    {
        var draft = Succeeded(await ReportAsync(registration, module, grade, date ?? Exam));
        return Single(await AttestAsync(Examiner, await ReadyAsync(draft)));
    }

    private Task<Outcome<IReadOnlyList<Result>>> AttestAsync(string examiner, Result result) =>
        records.RunAsync(new AttestResultsCommand([Ref(result)], examiner));

    private Task<Outcome<IReadOnlyList<Result>>> RejectAsync(Result result, string reason) =>
        records.RunAsync(new RejectResultsCommand([Ref(result)], reason ?? "", Examiner));

    private static T Succeeded<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Code}: {e.Message}")));
        return outcome.Value!;
    }

    private static Result Single(Outcome<IReadOnlyList<Result>> outcome) => Assert.Single(Succeeded(outcome));

    private static DomainError Single<T>(Outcome<T> outcome, ErrorCode code)
    {
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    private async Task<string> StoredAsync(Guid resultId, string column) =>
        await database.ScalarAsync<string>($"SELECT ({column})::text FROM records.results WHERE id = '{resultId}'");

    private Task<long> CountAsync(string sql) => database.ScalarAsync<long>(sql);
}
