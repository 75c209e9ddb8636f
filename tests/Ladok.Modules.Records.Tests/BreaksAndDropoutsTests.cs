using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Periods;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Catalogue.Contracts;
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
/// Study breaks, dropouts (early or not, from a course or a programme), withdrawals, programme
/// registrations, FO/OM and the participation state against a real PostgreSQL. Today is
/// 2025-10-01: the autumn offerings (2025-07-01 to 2025-12-31) run, the spring one has not started.
/// </summary>
public sealed class BreaksAndDropoutsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Reporter = "lararedv", Examiner = "examdv", Stadm = "stadmteknat", StadmMa = "stadmma";

    private readonly FixedClock clock = new(new DateTimeOffset(2025, 10, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly FakePermissions permissions = new();
    private readonly FakeCatalogue catalogue = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<RecordsDbContext> databases = null!;
    private RecordsCommands records = null!;
    private static int nextNumber;

    private static readonly DateOnly Start = FakeCatalogue.DvAutumn.StartDate;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        records = new RecordsCommands(dataSource, catalogue, permissions, clock);
        permissions.Grant(Stadm, RecordsPolicies.Register, FakeCatalogue.Teknat);
        permissions.Grant(StadmMa, RecordsPolicies.Register, FakeCatalogue.Ma);
        foreach (var course in new[] { FakeCatalogue.Programming, FakeCatalogue.Calculus })
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

    // Study breaks

    [Fact]
    public async Task A_study_break_is_stored_audited_and_published_in_the_same_save_and_puts_the_student_on_break()
    {
        var registration = await RegisteredAsync();

        var studyBreak = Succeeded(await BreakAsync(registration, "2025-09-15", "2025-10-15", " Parental leave "));

        Assert.Equal(("Parental leave", Stadm), (studyBreak.Reason, studyBreak.RecordedBy));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.study_breaks WHERE registration_id = '{registration.Id}'"));
        Assert.Equal(1L, await EventsAsync("records.break-recorded", registration.Id));
        Assert.True(await CountAsync($"SELECT count(*) FROM records.audit_entries WHERE subject_id = '{studyBreak.Id}'") >= 1);
        Assert.Equal(ParticipationState.OnBreak, await StateAsync(registration));
    }

    [Fact]
    public async Task A_break_that_ends_before_it_starts_starts_outside_the_offering_or_has_no_reason_is_refused_and_nothing_is_stored()
    {
        var registration = await RegisteredAsync();

        var backwards = await BreakAsync(registration, "2025-10-10", "2025-10-01");
        var beforeStart = await BreakAsync(registration, "2025-06-20", "2025-07-10");
        var afterEnd = await BreakAsync(registration, "2026-01-10", "2026-02-10");
        var noReason = await BreakAsync(registration, "2025-10-01", "2025-10-10", "  ");

        Assert.Equal(["input", "to"], InputPath.Of(Single(backwards, ErrorCode.Validation).Field));
        Assert.Equal(["input", "from"], InputPath.Of(Single(beforeStart, ErrorCode.Validation).Field));
        Assert.Equal(["input", "from"], InputPath.Of(Single(afterEnd, ErrorCode.Validation).Field));
        Assert.Equal(["input", "reason"], InputPath.Of(Single(noReason, ErrorCode.Validation).Field));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.study_breaks WHERE registration_id = '{registration.Id}'"));
        Assert.Equal(0L, await EventsAsync("records.break-recorded", registration.Id));
    }

    [Fact]
    public async Task A_break_may_end_after_the_offering_but_may_not_overlap_another_and_one_that_only_touches_it_is_accepted()
    {
        var registration = await RegisteredAsync();
        Succeeded(await BreakAsync(registration, "2025-11-01", "2026-03-31"));

        var overlapping = await BreakAsync(registration, "2025-10-20", "2025-11-01");
        var before = await BreakAsync(registration, "2025-10-20", "2025-10-31");

        Assert.Contains("2025-11-01", Single(overlapping, ErrorCode.Validation).Message, StringComparison.Ordinal);
        Succeeded(before);
        Assert.Equal(2L, await CountAsync($"SELECT count(*) FROM records.study_breaks WHERE registration_id = '{registration.Id}'"));
    }

    [Fact]
    public async Task Recording_a_break_at_another_department_is_forbidden_and_stores_nothing()
    {
        var registration = await RegisteredAsync();

        var refused = await records.RunAsync(
            new RecordStudyBreakCommand(registration.Id, Date("2025-10-01"), Date("2025-10-10"), "Illness", StadmMa));

        Assert.Equal(ErrorCode.Forbidden, Assert.Single(refused.Errors).Code);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.study_breaks WHERE registration_id = '{registration.Id}'"));
    }

    // Study breaks decided on the programme registration (HF 7 kap. 33 §, UHRFS 2013:3)

    [Fact]
    public async Task A_study_break_is_decided_on_the_programme_registration_with_a_resume_term_and_a_guaranteed_place_and_puts_its_courses_on_break()
    {
        var student = await StudentAsync();
        var programme = Succeeded(await ProgrammeAsync(student.Id));
        var programming = await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);
        var calculus = await RegisterAsync(student.Id, FakeCatalogue.MaAutumn);
        await AttestedAsync(calculus, null, "G", Date("2025-08-20"));
        var thesis = await RegisterAsync(student.Id, FakeCatalogue.ThesisAutumn);

        var record = Succeeded(await ProgrammeBreakAsync(programme, "2025-09-15", "2025-12-31", "VT2026", guaranteedPlace: true));

        Assert.Equal((Date("2025-09-15"), Date("2025-12-31"), "VT2026", true),
            (record.StudyBreak.From, record.StudyBreak.To, record.StudyBreak.ResumeTerm, record.StudyBreak.GuaranteedPlace));
        Assert.Equal([programming.Id], record.Registrations.Select(r => r.Id));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.programme_study_breaks WHERE programme_registration_id = '{programme.Id}' "
            + "AND resume_term = 'VT2026' AND guaranteed_place"));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.study_breaks WHERE registration_id = '{programming.Id}' "
            + $"AND programme_study_break_id = '{record.StudyBreak.Id}' AND reason IS NULL AND \"from\" = '2025-09-15'"));
        Assert.Equal(ParticipationState.OnBreak, await StateAsync(programming));
        Assert.Equal(ParticipationState.Completed, await StateAsync(calculus));
        Assert.Equal(ParticipationState.Ongoing, await StateAsync(thesis));
        Assert.Equal(1L, await EventsAsync("records.programme-break-recorded", record.StudyBreak.Id));
        Assert.Equal(1L, await EventsAsync("records.break-recorded", programming.Id));
        Assert.Equal(0L, await EventsAsync("records.break-recorded", thesis.Id));
        Assert.True(await CountAsync($"SELECT count(*) FROM records.audit_entries WHERE subject_id = '{record.StudyBreak.Id}'") >= 1);
    }

    [Fact]
    public async Task A_programme_study_break_with_wrong_dates_or_resume_term_overlapping_another_or_after_a_dropout_is_refused_and_stores_nothing()
    {
        var student = await StudentAsync();
        var programme = Succeeded(await ProgrammeAsync(student.Id));
        var programming = await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);

        var backwards = await ProgrammeBreakAsync(programme, "2025-10-10", "2025-10-01", "VT2026");
        var beforeStartTerm = await ProgrammeBreakAsync(programme, "2025-06-20", "2025-08-31", "VT2026");
        var resumesDuringIt = await ProgrammeBreakAsync(programme, "2025-09-15", "2026-02-28", "VT2026");
        var noTerm = await ProgrammeBreakAsync(programme, "2025-09-15", "2025-12-31", "VT26");
        var otherDepartment = await records.RunAsync(
            new RecordProgrammeStudyBreakCommand(programme.Id, Date("2025-09-15"), Date("2025-12-31"), "VT2026", false, StadmMa));

        Assert.Equal(["input", "to"], InputPath.Of(Single(backwards, ErrorCode.Validation).Field));
        Assert.Equal(["input", "from"], InputPath.Of(Single(beforeStartTerm, ErrorCode.Validation).Field));
        Assert.Equal(["input", "resumeTerm"], InputPath.Of(Single(resumesDuringIt, ErrorCode.Validation).Field));
        Assert.Equal(["input", "resumeTerm"], InputPath.Of(Single(noTerm, ErrorCode.Validation).Field));
        Single(otherDepartment, ErrorCode.Forbidden);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.programme_study_breaks WHERE programme_registration_id = '{programme.Id}'"));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.study_breaks WHERE registration_id = '{programming.Id}'"));

        Succeeded(await ProgrammeBreakAsync(programme, "2025-11-01", "2025-12-31", "VT2026"));
        var overlapping = await ProgrammeBreakAsync(programme, "2025-09-15", "2025-11-01", "VT2026");
        Assert.Equal(["input", "from"], InputPath.Of(Single(overlapping, ErrorCode.Validation).Field));

        var leaver = await StudentAsync();
        var left = Succeeded(await ProgrammeAsync(leaver.Id));
        Succeeded(await records.RunAsync(new RecordDropoutCommand(null, left.Id, Date("2025-09-01"), null, Stadm)));
        Single(await ProgrammeBreakAsync(left, "2025-09-15", "2025-12-31", "VT2026"), ErrorCode.InvalidState);
        Assert.Equal(1L, await CountAsync(
            $"SELECT count(*) FROM records.programme_study_breaks WHERE student_id IN ('{student.Id}', '{leaver.Id}')"));
    }

    [Fact]
    public async Task A_programme_study_break_that_a_course_already_on_break_refuses_is_refused_whole_and_stores_nothing()
    {
        var student = await StudentAsync();
        var programme = Succeeded(await ProgrammeAsync(student.Id));
        var programming = await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);
        Succeeded(await BreakAsync(programming, "2025-10-01", "2025-10-20"));

        var refused = await ProgrammeBreakAsync(programme, "2025-09-15", "2025-12-31", "VT2026");

        var error = Single(refused, ErrorCode.Validation);
        Assert.StartsWith("5DV001 HT2025", error.Message, StringComparison.Ordinal);
        Assert.Equal(["input", "from"], InputPath.Of(error.Field));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.programme_study_breaks WHERE programme_registration_id = '{programme.Id}'"));
        Assert.Equal(0L, await EventsAsync("records.programme-break-recorded", programme.Id));
    }

    // Dropouts from a course

    [Fact]
    public async Task A_dropout_within_three_weeks_of_the_start_without_exam_or_passed_result_is_early_and_is_published_with_its_flag()
    {
        var registration = await RegisteredAsync();

        var dropped = Succeeded(await DropoutAsync(registration, Start.AddDays(21), "Moved abroad")).Registration!;

        Assert.True(dropped.IsEarlyDropout);
        Assert.Equal((Start.AddDays(21), "Moved abroad"), (dropped.DroppedOutOn!.Value, dropped.DropoutReason));
        Assert.Equal("true", await StoredAsync(registration.Id, "is_early_dropout"));
        Assert.Equal(1L, await CountAsync(
            $"SELECT count(*) FROM records.outbox_messages WHERE type = 'records.dropout-recorded' AND payload::text LIKE '%{registration.Id}%' " +
            "AND payload::text ILIKE '%\"isEarly\": true%'"));
        Assert.True(await CountAsync($"SELECT count(*) FROM records.audit_entries WHERE subject_id = '{registration.Id}' AND action = 'Updated'") >= 1);
        Assert.Equal(ParticipationState.Dropout, await StateAsync(registration));
    }

    [Fact]
    public async Task A_dropout_after_the_third_week_is_not_early()
    {
        var registration = await RegisteredAsync();

        Assert.False(Succeeded(await DropoutAsync(registration, Start.AddDays(22))).Registration!.IsEarlyDropout);
        Assert.Equal("false", await StoredAsync(registration.Id, "is_early_dropout"));
    }

    [Fact]
    public async Task A_dropout_after_a_reported_exam_within_three_weeks_is_not_early()
    {
        var registration = await RegisteredAsync();
        Succeeded(await ReportAsync(registration, "0001", "U", Start.AddDays(5)));

        Assert.False(Succeeded(await DropoutAsync(registration, Start.AddDays(10))).Registration!.IsEarlyDropout);
    }

    [Fact]
    public async Task A_dropout_after_a_passed_result_is_allowed_and_not_early_and_one_on_or_before_its_date_is_refused_storing_nothing()
    {
        var refusedRegistration = await RegisteredAsync();
        await AttestedAsync(refusedRegistration, "0002", "G", Start.AddDays(6));
        var allowedRegistration = await RegisteredAsync();
        await AttestedAsync(allowedRegistration, "0002", "G", Start.AddDays(6));

        var onTheDay = await DropoutAsync(refusedRegistration, Start.AddDays(6));
        var before = await DropoutAsync(refusedRegistration, Start.AddDays(3));
        var after = Succeeded(await DropoutAsync(allowedRegistration, Start.AddDays(7)));

        Assert.Equal(["input", "date"], InputPath.Of(Single(onTheDay, ErrorCode.Validation).Field));
        Assert.Equal(["input", "date"], InputPath.Of(Single(before, ErrorCode.Validation).Field));
        Assert.Null(await StoredAsync(refusedRegistration.Id, "dropped_out_on"));
        Assert.Equal(0L, await EventsAsync("records.dropout-recorded", refusedRegistration.Id));
        Assert.False(after.Registration!.IsEarlyDropout);
    }

    [Fact]
    public async Task A_dropout_in_the_future_before_the_start_or_a_second_time_is_refused_and_nothing_more_is_stored()
    {
        var registration = await RegisteredAsync();

        var future = await DropoutAsync(registration, Date("2025-10-02"));
        var beforeStart = await DropoutAsync(registration, Start.AddDays(-1));
        Assert.Equal(["input", "date"], InputPath.Of(Single(future, ErrorCode.Validation).Field));
        Assert.Equal(["input", "date"], InputPath.Of(Single(beforeStart, ErrorCode.Validation).Field));
        Assert.Null(await StoredAsync(registration.Id, "dropped_out_on"));

        Succeeded(await DropoutAsync(registration, Date("2025-09-01")));
        var twice = await DropoutAsync(registration, Date("2025-09-20"));

        Single(twice, ErrorCode.InvalidState);
        Assert.Equal("2025-09-01", await StoredAsync(registration.Id, "dropped_out_on"));
        Assert.Equal(1L, await EventsAsync("records.dropout-recorded", registration.Id));
    }

    [Fact]
    public async Task A_completed_registration_takes_neither_a_dropout_nor_a_break()
    {
        var registration = await RegisteredAsync(FakeCatalogue.MaAutumn, StadmMa);
        await AttestedAsync(registration, null, "G", Date("2025-09-10"));

        Single(await DropoutAsync(registration, Date("2025-09-20"), by: StadmMa), ErrorCode.InvalidState);
        Single(await BreakAsync(registration, "2025-09-20", "2025-10-20", by: StadmMa), ErrorCode.InvalidState);
        Assert.Null(await StoredAsync(registration.Id, "dropped_out_on"));
        Assert.Equal(ParticipationState.Completed, await StateAsync(registration));
    }

    // Removed registrations: återbud belongs to the admission; a registered student who leaves gets a dropout (ADR 0018)

    [Fact]
    public async Task A_registration_that_should_not_stand_is_removed_before_the_offering_starts_and_a_student_who_leaves_after_it_gets_a_dropout()
    {
        var spring = await RegisteredAsync(FakeCatalogue.DvSpring);
        var autumn = await RegisteredAsync();

        var removed = Succeeded(await RemoveAsync(spring));
        var refused = await RemoveAsync(autumn);

        Assert.Equal(Date("2025-10-01"), removed.WithdrawnOn);
        Assert.Equal(ParticipationState.Withdrawn, await StateAsync(spring));
        Assert.Contains("dropout", Single(refused, ErrorCode.InvalidState).Message, StringComparison.Ordinal);
        Assert.Null(await StoredAsync(autumn.Id, "withdrawn_on"));
        Assert.Equal(1L, await EventsAsync("records.registration-withdrawn", spring.Id));
        Succeeded(await DropoutAsync(autumn, Date("2025-09-30")));
        Assert.Equal(ParticipationState.Dropout, await StateAsync(autumn));
    }

    // Programmes

    [Fact]
    public async Task A_student_is_registered_on_a_programme_once_audited_and_published()
    {
        var student = await StudentAsync();

        var registered = Succeeded(await ProgrammeAsync(student.Id));
        var twice = await ProgrammeAsync(student.Id);
        var otherDepartment = await records.RunAsync(
            new RegisterOnProgrammeCommand(student.Id, FakeCatalogue.ComputingProgramme.Id, "HT2025", StadmMa));
        var badTerm = await records.RunAsync(
            new RegisterOnProgrammeCommand((await StudentAsync()).Id, FakeCatalogue.ComputingProgramme.Id, "HT25", Stadm));

        Assert.Equal(("TDVPRG", "HT2025", FakeCatalogue.Dv), (registered.ProgrammeCode, registered.StartTerm, registered.DepartmentId));
        Single(twice, ErrorCode.Conflict);
        Single(otherDepartment, ErrorCode.Forbidden);
        Assert.Equal(["input", "startTerm"], InputPath.Of(Single(badTerm, ErrorCode.Validation).Field));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.programme_registrations WHERE student_id = '{student.Id}'"));
        Assert.Equal(1L, await EventsAsync("records.programme-registration-recorded", registered.Id));
        Assert.True(await CountAsync($"SELECT count(*) FROM records.audit_entries WHERE subject_id = '{registered.Id}'") >= 1);
    }

    [Fact]
    public async Task A_programme_dropout_cascades_to_open_course_registrations_in_one_transaction_and_skips_completed_ones()
    {
        var student = await StudentAsync();
        var programme = Succeeded(await ProgrammeAsync(student.Id));
        var programming = await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);
        var later = await RegisterAsync(student.Id, FakeCatalogue.DvSpring, RegistrationKind.Repeat);
        var calculus = await RegisterAsync(student.Id, FakeCatalogue.MaAutumn);
        await AttestedAsync(calculus, null, "G", Date("2025-08-20"));
        var thesis = await RegisterAsync(student.Id, FakeCatalogue.ThesisAutumn);

        var record = Succeeded(await records.RunAsync(
            new RecordDropoutCommand(null, programme.Id, Date("2025-09-15"), "Left the programme", Stadm)));

        Assert.Equal([programming.Id, later.Id], record.Registrations.Select(r => r.Id).Order());
        Assert.Equal("2025-09-15", await ProgrammeStoredAsync(programme.Id, "dropped_out_on"));
        Assert.Equal(("2025-09-15", "false"), (await StoredAsync(programming.Id, "dropped_out_on"), await StoredAsync(programming.Id, "is_early_dropout")));
        Assert.Equal(programme.Id.ToString(), await StoredAsync(programming.Id, "dropout_programme_registration_id"));
        Assert.Equal("2025-09-15", await StoredAsync(later.Id, "withdrawn_on"));
        Assert.Null(await StoredAsync(calculus.Id, "dropped_out_on"));
        Assert.Null(await StoredAsync(thesis.Id, "dropped_out_on"));
        Assert.Equal(1L, await EventsAsync("records.programme-dropout-recorded", programme.Id));
        Assert.Equal(1L, await EventsAsync("records.dropout-recorded", programming.Id));
        Assert.Equal(1L, await EventsAsync("records.registration-withdrawn", later.Id));
        Assert.Equal(0L, await EventsAsync("records.dropout-recorded", calculus.Id));
        Assert.Equal(ParticipationState.Completed, await StateAsync(calculus));
    }

    [Fact]
    public async Task A_programme_dropout_that_one_course_refuses_is_refused_whole_and_stores_nothing()
    {
        var student = await StudentAsync();
        var programme = Succeeded(await ProgrammeAsync(student.Id));
        var programming = await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);
        await AttestedAsync(programming, "0002", "G", Date("2025-09-20"));
        var calculus = await RegisterAsync(student.Id, FakeCatalogue.MaAutumn);

        var refused = await records.RunAsync(
            new RecordDropoutCommand(null, programme.Id, Date("2025-09-15"), null, Stadm));

        var error = Single(refused, ErrorCode.Validation);
        Assert.StartsWith("5DV001", error.Message, StringComparison.Ordinal);
        Assert.Equal(["input", "date"], InputPath.Of(error.Field));
        Assert.Null(await ProgrammeStoredAsync(programme.Id, "dropped_out_on"));
        Assert.Null(await StoredAsync(programming.Id, "dropped_out_on"));
        Assert.Null(await StoredAsync(calculus.Id, "dropped_out_on"));
        Assert.Equal(0L, await EventsAsync("records.programme-dropout-recorded", programme.Id));
        Assert.Equal(0L, await EventsAsync("records.dropout-recorded", calculus.Id));
    }

    [Fact]
    public async Task A_dropout_names_exactly_one_of_a_registration_and_a_programme_registration()
    {
        var refused = await records.RunAsync(
            new RecordDropoutCommand(null, null, Date("2025-09-15"), null, Stadm));

        Single(refused, ErrorCode.Validation);
    }

    [Fact]
    public async Task A_programme_dropout_before_the_start_term_or_in_the_future_or_twice_is_refused_and_stores_nothing_more()
    {
        var student = await StudentAsync();
        var programme = Succeeded(await ProgrammeAsync(student.Id));

        var beforeStart = await records.RunAsync(new RecordDropoutCommand(null, programme.Id, Date("2025-06-30"), null, Stadm));
        var future = await records.RunAsync(new RecordDropoutCommand(null, programme.Id, Date("2025-10-02"), null, Stadm));
        Assert.Equal(["input", "date"], InputPath.Of(Single(beforeStart, ErrorCode.Validation).Field));
        Assert.Equal(["input", "date"], InputPath.Of(Single(future, ErrorCode.Validation).Field));
        Assert.Null(await ProgrammeStoredAsync(programme.Id, "dropped_out_on"));

        Succeeded(await records.RunAsync(new RecordDropoutCommand(null, programme.Id, Date("2025-09-01"), null, Stadm)));
        Single(await records.RunAsync(new RecordDropoutCommand(null, programme.Id, Date("2025-09-02"), null, Stadm)), ErrorCode.InvalidState);
        Assert.Equal("2025-09-01", await ProgrammeStoredAsync(programme.Id, "dropped_out_on"));
        Assert.Equal(1L, await EventsAsync("records.programme-dropout-recorded", programme.Id));
    }

    // FO and OM

    [Fact]
    public async Task A_continuation_or_repeat_without_an_earlier_registration_on_the_course_is_refused_and_with_one_accepted()
    {
        var student = await StudentAsync();

        var continuation = await RegisterOutcomeAsync(student.Id, FakeCatalogue.DvSpring, RegistrationKind.Continuation);
        var repeat = await RegisterOutcomeAsync(student.Id, FakeCatalogue.DvSpring, RegistrationKind.Repeat);
        Assert.Equal(["input", "kind"], InputPath.Of(Single(continuation, ErrorCode.Validation).Field));
        Assert.Equal(["input", "kind"], InputPath.Of(Single(repeat, ErrorCode.Validation).Field));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));

        await RegisterAsync(student.Id, FakeCatalogue.DvTwoTerms);
        Succeeded(await RegisterOutcomeAsync(student.Id, FakeCatalogue.DvTwoTerms, RegistrationKind.Continuation));

        var other = await StudentAsync();
        await RegisterAsync(other.Id, FakeCatalogue.DvAutumn);
        Succeeded(await RegisterOutcomeAsync(other.Id, FakeCatalogue.DvSpring, RegistrationKind.Repeat));
    }

    [Fact]
    public async Task A_withdrawn_first_time_registration_is_no_earlier_registration_for_a_continuation()
    {
        var student = await StudentAsync();
        var spring = await RegisterAsync(student.Id, FakeCatalogue.DvSpring);
        Succeeded(await RemoveAsync(spring));

        var continuation = await RegisterOutcomeAsync(student.Id, FakeCatalogue.DvAutumn, RegistrationKind.Continuation);

        Assert.Equal(["input", "kind"], InputPath.Of(Single(continuation, ErrorCode.Validation).Field));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));
    }

    // FFG, FO and OM against the student's registrations on the course

    [Fact]
    public async Task A_first_time_registration_is_refused_after_an_earlier_one_on_any_offering_of_any_version_of_the_course()
    {
        var student = await StudentAsync();
        await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);
        var secondVersion = catalogue.NextVersionOffering(FakeCatalogue.ProgrammingV1, "20009", new Term(TermSeason.Spring, 2026));

        var sameVersion = await RegisterOutcomeAsync(student.Id, FakeCatalogue.DvSpring);
        var otherVersion = await RegisterOutcomeAsync(student.Id, secondVersion);

        var error = Single(sameVersion, ErrorCode.Validation);
        Assert.Equal(["input", "kind"], InputPath.Of(error.Field));
        Assert.Contains("10001 HT2025", error.Message, StringComparison.Ordinal);
        Assert.Equal(["input", "kind"], InputPath.Of(Single(otherVersion, ErrorCode.Validation).Field));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));
        Succeeded(await RegisterOutcomeAsync(student.Id, secondVersion, RegistrationKind.Repeat));
    }

    [Fact]
    public async Task A_first_time_registration_stands_after_an_earlier_one_that_ended_in_a_withdrawal_or_an_early_dropout_but_not_after_a_dropout()
    {
        var withdrew = await StudentAsync();
        Succeeded(await RemoveAsync(await RegisterAsync(withdrew.Id, FakeCatalogue.DvSpring)));
        var leftEarly = await StudentAsync();
        Succeeded(await DropoutAsync(await RegisterAsync(leftEarly.Id, FakeCatalogue.DvAutumn), Start.AddDays(7)));
        var leftLate = await StudentAsync();
        Succeeded(await DropoutAsync(await RegisterAsync(leftLate.Id, FakeCatalogue.DvAutumn), Start.AddDays(60)));

        Succeeded(await RegisterOutcomeAsync(withdrew.Id, FakeCatalogue.DvAutumn));
        Succeeded(await RegisterOutcomeAsync(leftEarly.Id, FakeCatalogue.DvSpring));
        var afterDropout = await RegisterOutcomeAsync(leftLate.Id, FakeCatalogue.DvSpring);

        Assert.Equal(["input", "kind"], InputPath.Of(Single(afterDropout, ErrorCode.Validation).Field));
        Succeeded(await RegisterOutcomeAsync(leftLate.Id, FakeCatalogue.DvSpring, RegistrationKind.Repeat));
    }

    [Fact]
    public async Task A_continuation_is_refused_on_another_offering_of_the_course_and_taken_for_the_next_term_of_the_same_one()
    {
        var student = await StudentAsync();
        await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);
        await RegisterAsync(student.Id, FakeCatalogue.DvTwoTerms, RegistrationKind.Repeat);

        var otherOffering = await RegisterOutcomeAsync(student.Id, FakeCatalogue.DvSpring, RegistrationKind.Continuation);
        var sameOffering = Succeeded(await RegisterOutcomeAsync(student.Id, FakeCatalogue.DvTwoTerms, RegistrationKind.Continuation));

        Assert.Equal(["input", "kind"], InputPath.Of(Single(otherOffering, ErrorCode.Validation).Field));
        Assert.Equal(0L, await CountAsync(
            $"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}' AND offering_id = '{FakeCatalogue.DvSpring.Id}'"));
        Assert.Equal(("VT2026", FakeCatalogue.DvTwoTerms.Id), (sameOffering.Term, sameOffering.OfferingId));
    }

    [Fact]
    public async Task A_university_rule_refuses_a_re_registration_while_an_earlier_one_is_open_naming_the_plugin_and_stores_nothing()
    {
        ReRegistrationToCheck? asked = null;
        var rules = ReRegistrationRules(r =>
        {
            asked = r;
            return r.Earlier.Any(e => e.Status is ParticipationStatus.NotStarted or ParticipationStatus.Ongoing or ParticipationStatus.OnBreak)
                ? [new RegistrationRefusal("OPEN_REGISTRATION", "The earlier registration on the course is still open.")]
                : [];
        });
        var open = await StudentAsync();
        await RegisterAsync(open.Id, FakeCatalogue.DvAutumn);
        var ended = await StudentAsync();
        Succeeded(await DropoutAsync(await RegisterAsync(ended.Id, FakeCatalogue.DvAutumn), Start.AddDays(60)));

        var refused = await records.RunAsync(new RegisterStudentCommand(open.Id, FakeCatalogue.DvSpring.Id, RegistrationKind.Repeat, Stadm), rules);
        var withoutRule = await RegisterOutcomeAsync((await RegisteredStudentAsync()).Id, FakeCatalogue.DvSpring, RegistrationKind.Repeat);
        var accepted = await records.RunAsync(new RegisterStudentCommand(ended.Id, FakeCatalogue.DvSpring.Id, RegistrationKind.Repeat, Stadm), rules);

        var error = Single(refused, ErrorCode.Validation);
        Assert.Equal(["input", "kind"], InputPath.Of(error.Field));
        Assert.Equal(new RefusingRule(Plugin, "OPEN_REGISTRATION"), error.Rule);
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{open.Id}'"));
        Assert.Equal(1L, await EventsAsync("records.registration-recorded", open.Id));
        Succeeded(withoutRule);
        Succeeded(accepted);
        var earlier = Assert.Single(asked!.Earlier);
        Assert.Equal(("5DV001", "20001", "VT2026", "10001", RegistrationType.FirstTime, ParticipationStatus.Dropout),
            (asked.CourseCode, asked.OfferingCode, asked.Term, earlier.OfferingCode, earlier.Type, earlier.Status));
    }

    [Fact]
    public async Task A_re_registration_rule_that_throws_is_a_plugin_failure_naming_the_plugin_and_stores_nothing()
    {
        var rules = ReRegistrationRules(_ => throw new InvalidOperationException("broken"));
        var student = await StudentAsync();
        await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);

        var failed = await records.RunAsync(new RegisterStudentCommand(student.Id, FakeCatalogue.DvSpring.Id, RegistrationKind.Repeat, Stadm), rules);
        var newcomer = await StudentAsync();
        var firstTime = await records.RunAsync(new RegisterStudentCommand(newcomer.Id, FakeCatalogue.DvSpring.Id, RegistrationKind.FirstTime, Stadm), rules);

        Assert.Contains(Plugin, Single(failed, ErrorCode.PluginFailure).Message, StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));
        Succeeded(firstTime);
    }

    // Participation state in SQL

    [Fact]
    public async Task Participants_filtered_by_state_are_filtered_in_SQL_before_paging_and_agree_with_the_rule()
    {
        var offering = FakeCatalogue.MaEvening;
        var ongoing = await RegisteredAsync(offering, StadmMa);
        var secondOngoing = await RegisteredAsync(offering, StadmMa);
        var onBreak = await RegisteredAsync(offering, StadmMa);
        Succeeded(await BreakAsync(onBreak, "2025-09-20", "2025-10-20", by: StadmMa));
        var dropout = await RegisteredAsync(offering, StadmMa);
        Succeeded(await DropoutAsync(dropout, Date("2025-09-01"), by: StadmMa));
        var completed = await RegisteredAsync(offering, StadmMa);
        await AttestedAsync(completed, null, "G", Date("2025-09-10"));
        var withdrawn = await RegisteredAsync(offering, StadmMa);
        await database.ScalarAsync<long>(
            $"WITH w AS (UPDATE records.registrations SET withdrawn_on = '2025-06-20' WHERE id = '{withdrawn.Id}' RETURNING 1) SELECT count(*) FROM w");

        var reader = new RecordsReader(databases, clock);
        async Task<List<Guid>> InState(ParticipationState state, string today, int size = 20)
        {
            var page = await reader.RegistrationsOfOfferingAsync(offering.Id, new ParticipationFilter(state, Date(today), offering.StartDate, offering.EndDate),
                new PageRequest(size, false, null, null), default);
            return page.Nodes.Select(r => r.Id).ToList();
        }

        Assert.Equal([ongoing.Id, secondOngoing.Id], await InState(ParticipationState.Ongoing, "2025-10-01"));
        Assert.Equal([onBreak.Id], await InState(ParticipationState.OnBreak, "2025-10-01"));
        Assert.Equal([dropout.Id], await InState(ParticipationState.Dropout, "2025-10-01"));
        Assert.Equal([completed.Id], await InState(ParticipationState.Completed, "2025-10-01"));
        Assert.Equal([withdrawn.Id], await InState(ParticipationState.Withdrawn, "2025-10-01"));
        Assert.Empty(await InState(ParticipationState.NotStarted, "2025-10-01"));
        Assert.Equal([ongoing.Id, secondOngoing.Id, onBreak.Id], await InState(ParticipationState.Registered, "2026-02-01"));
        Assert.Equal([ongoing.Id, secondOngoing.Id, onBreak.Id], await InState(ParticipationState.NotStarted, "2025-06-01"));

        var firstPage = await reader.RegistrationsOfOfferingAsync(offering.Id,
            new ParticipationFilter(ParticipationState.Ongoing, Date("2025-10-01"), offering.StartDate, offering.EndDate),
            new PageRequest(1, false, null, null), default);
        Assert.Equal((2, true), (firstPage.TotalCount, firstPage.PageInfo.HasNextPage));
        Assert.Equal([ongoing.Id], firstPage.Nodes.Select(r => r.Id));

        var states = await new ParticipationStates(databases, catalogue, clock).ByRegistrationIdsAsync(
            [ongoing.Id, onBreak.Id, dropout.Id, completed.Id, withdrawn.Id], default);
        Assert.Equal(
            [ParticipationState.Ongoing, ParticipationState.OnBreak, ParticipationState.Dropout, ParticipationState.Completed, ParticipationState.Withdrawn],
            new[] { ongoing, onBreak, dropout, completed, withdrawn }.Select(r => states[r.Id]));
    }

    [Fact]
    public async Task Participants_sort_by_last_name_in_Swedish_order_and_by_state_and_filter_on_several_states_in_SQL()
    {
        // Swedish order puts Å, Ä, Ö after Z and in that order, and "de Geer" among the d's; the database's C.UTF-8 order does neither.
        var offering = FakeCatalogue.ThesisAutumn;
        var mine = new Dictionary<Guid, string>();
        foreach (var name in new[] { "Öberg", "Zetterberg", "Åberg", "Ärlig", "de Geer" })
        {
            var number = Interlocked.Increment(ref nextNumber);
            var student = Succeeded(await records.RunAsync(
                new CreateStudentCommand(Numbers.Personal($"910202{number:D3}"), false, "Student", name, null, Stadm)));
            mine[(await RegisterAsync(student.Id, offering)).Id] = name;
        }
        var byName = mine.ToDictionary(m => m.Value, m => m.Key);
        var registrations = await new RecordsReader(databases, clock).RegistrationsByIdsAsync(mine.Keys.ToList(), default);
        Succeeded(await DropoutAsync(registrations[byName["Zetterberg"]], Date("2025-09-15")));
        Succeeded(await BreakAsync(registrations[byName["Åberg"]], "2025-09-20", "2025-10-20"));

        var reader = new RecordsReader(databases, clock);
        var dates = new ParticipationDates(Date("2025-10-01"), offering.StartDate, offering.EndDate);
        async Task<List<string>> NamesAsync(IReadOnlyList<ParticipationState>? states, params (ParticipantOrderField Field, OrderDirection Direction)[] order)
        {
            var page = await reader.ParticipantsAsync(offering.Id, dates, new ParticipantCriteria(states, null, null),
                order.Select(o => new Ordering<ParticipantOrderField> { Field = o.Field, Direction = o.Direction }).ToList(),
                new PageRequest(100, false, null, null), default);
            return page.Nodes.Where(r => mine.ContainsKey(r.Id)).Select(r => mine[r.Id]).ToList();
        }

        Assert.Equal(["de Geer", "Zetterberg", "Åberg", "Ärlig", "Öberg"],
            await NamesAsync(null, (ParticipantOrderField.LastName, OrderDirection.Ascending)));
        Assert.Equal(["Öberg", "Ärlig", "Åberg", "Zetterberg", "de Geer"],
            await NamesAsync(null, (ParticipantOrderField.LastName, OrderDirection.Descending)));
        // ONGOING, then DROPOUT, then ON_BREAK: ParticipationState's order.
        Assert.Equal(["de Geer", "Ärlig", "Öberg", "Zetterberg", "Åberg"],
            await NamesAsync(null, (ParticipantOrderField.State, OrderDirection.Ascending), (ParticipantOrderField.LastName, OrderDirection.Ascending)));
        Assert.Equal(["Zetterberg", "Åberg"],
            await NamesAsync([ParticipationState.Dropout, ParticipationState.OnBreak], (ParticipantOrderField.LastName, OrderDirection.Ascending)));
    }

    // Helpers

    private const string Plugin = "test-university";

    private async Task<Student> RegisteredStudentAsync()
    {
        var student = await StudentAsync();
        await RegisterAsync(student.Id, FakeCatalogue.DvAutumn);
        return student;
    }

    private static PluginExtensions<IReRegistrationRule> ReRegistrationRules(Func<ReRegistrationToCheck, IEnumerable<RegistrationRefusal>> check) =>
        new([new PluginExtension<IReRegistrationRule>(Plugin, new ReRegistrationRule(check))], TimeSpan.FromSeconds(30));

    private sealed class ReRegistrationRule(Func<ReRegistrationToCheck, IEnumerable<RegistrationRefusal>> check) : IReRegistrationRule
    {
        public IEnumerable<RegistrationRefusal> Check(ReRegistrationToCheck registration) => check(registration);
    }

    private static DateOnly Date(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Student> StudentAsync()
    {
        var number = Interlocked.Increment(ref nextNumber);
        return Succeeded(await records.RunAsync(
            new CreateStudentCommand(Numbers.Personal($"910202{number:D3}"), false, "Student", $"Number{number}", null, Stadm)));
    }

    private Task<Outcome<Registration>> RegisterOutcomeAsync(
        Guid studentId, OfferingInfo offering, RegistrationKind kind = RegistrationKind.FirstTime, string by = Stadm) =>
        records.RunAsync(
            new RegisterStudentCommand(studentId, offering.Id, kind, by));

    private async Task<Registration> RegisterAsync(
        Guid studentId, OfferingInfo offering, RegistrationKind kind = RegistrationKind.FirstTime, string by = Stadm) =>
        Succeeded(await RegisterOutcomeAsync(studentId, offering, kind, by));

    private async Task<Registration> RegisteredAsync(OfferingInfo? offering = null, string by = Stadm) =>
        await RegisterAsync((await StudentAsync()).Id, offering ?? FakeCatalogue.DvAutumn, RegistrationKind.FirstTime, by);

    private Task<Outcome<ProgrammeRegistration>> ProgrammeAsync(Guid studentId) =>
        records.RunAsync(
            new RegisterOnProgrammeCommand(studentId, FakeCatalogue.ComputingProgramme.Id, "ht2025", Stadm));

    private Task<Outcome<StudyBreak>> BreakAsync(Registration registration, string from, string to, string reason = "Illness", string by = Stadm) =>
        records.RunAsync(
            new RecordStudyBreakCommand(registration.Id, Date(from), Date(to), reason, by));

    private Task<Outcome<ProgrammeStudyBreakRecord>> ProgrammeBreakAsync(
        ProgrammeRegistration programme, string from, string to, string resumeTerm, bool guaranteedPlace = false) =>
        records.RunAsync(new RecordProgrammeStudyBreakCommand(programme.Id, Date(from), Date(to), resumeTerm, guaranteedPlace, Stadm));

    private Task<Outcome<DropoutRecord>> DropoutAsync(Registration registration, DateOnly date, string? reason = null, string by = Stadm) =>
        records.RunAsync(
            new RecordDropoutCommand(registration.Id, null, date, reason, by));

    private Task<Outcome<Registration>> RemoveAsync(Registration registration) =>
        records.RunAsync(
            new RemoveRegistrationCommand(registration.Id, Stadm));

    private Task<Outcome<Result>> ReportAsync(Registration registration, string? module, string grade, DateOnly date) =>
        records.RunAsync(
            new ReportResultCommand(registration.Id, module, new GradeEntry(grade, date, null), Reporter));

    private async Task<Result> AttestedAsync(Registration registration, string? module, string grade, DateOnly date)
    {
        var draft = Succeeded(await ReportAsync(registration, module, grade, date));
        var ready = Assert.Single(Succeeded(await records.RunAsync(
            new MarkResultsReadyCommand([new ResultRef(draft.Id, draft.RowVersion)], [Examiner], Reporter))));
        return Assert.Single(Succeeded(await records.RunAsync(
            new AttestResultsCommand([new ResultRef(ready.Id, ready.RowVersion)], Examiner))));
    }

    private async Task<ParticipationState> StateAsync(Registration registration) =>
        (await new ParticipationStates(databases, catalogue, clock).ByRegistrationIdsAsync([registration.Id], default))[registration.Id];

    private static T Succeeded<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Code}: {e.Message}")));
        return outcome.Value!;
    }

    private static DomainError Single<T>(Outcome<T> outcome, ErrorCode code)
    {
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(code, error.Code);
        return error;
    }

    private Task<string?> StoredAsync(Guid registrationId, string column) => StoredAsync("registrations", registrationId, column);

    private Task<string?> ProgrammeStoredAsync(Guid programmeRegistrationId, string column) =>
        StoredAsync("programme_registrations", programmeRegistrationId, column);

    // The row is there in every test; a NULL column comes back as null.
    private async Task<string?> StoredAsync(string table, Guid id, string column) =>
        await database.ScalarAsync<string>($"SELECT coalesce(({column})::text, '<null>') FROM records.{table} WHERE id = '{id}'") is var value
            && value == "<null>" ? null : value;

    private Task<long> EventsAsync(string type, Guid id) =>
        CountAsync($"SELECT count(*) FROM records.outbox_messages WHERE type = '{type}' AND payload::text LIKE '%{id}%'");

    private Task<long> CountAsync(string sql) => database.ScalarAsync<long>(sql);
}
