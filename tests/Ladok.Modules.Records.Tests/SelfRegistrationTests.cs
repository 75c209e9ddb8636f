using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.Periods;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Application;
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
/// Självregistrering and återbud by the student, with each obstacle (hinder) as a reason of its own and nothing stored on a
/// refusal, against a real PostgreSQL. Today is Monday 2025-08-18; the course 5SR0xx of each test starts on 2025-09-01 with a
/// window from 2025-08-01 to 2025-09-08 unless the test says otherwise.
/// </summary>
public sealed class SelfRegistrationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Stadm = "stadmdv";
    private const string Plugin = "test-university";
    private static readonly DateOnly Start = new(2025, 9, 1);
    private static int nextNumber;
    private static int nextCourse;

    private readonly FixedClock clock = new(new DateTimeOffset(2025, 8, 18, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeCatalogue catalogue = new();
    private readonly FakePermissions permissions = new();
    private readonly FakeAdmissions admissions = new();
    private NpgsqlDataSource dataSource = null!;
    private RecordsCommands records = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        permissions.Grant(Stadm, RecordsPolicies.Register, FakeCatalogue.Dv);
        records = new RecordsCommands(dataSource, catalogue, permissions, clock, admissions: admissions);
    }

    public async Task DisposeAsync()
    {
        await records.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task An_admitted_student_registers_themself_inside_the_window_first_time_and_it_is_announced_as_a_staff_registration_is()
    {
        var offering = Offering();
        var (student, user) = await AdmittedAsync(offering);

        var registered = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));

        var registration = Succeeded(registered);
        Assert.Equal((RegistrationKind.FirstTime, "HT2025", user), (registration.Kind, registration.Term, registration.RegisteredBy));
        Assert.Equal(1L, await EventsAsync("records.registration-recorded", student));
    }

    [Fact]
    public async Task A_self_registration_is_announced_exactly_as_a_staff_registration_so_HST_and_the_reports_count_it_alike()
    {
        // Reporting's HST and the SCB and CSN records are built from records.registration-recorded alone.
        var offering = Offering();
        var (self, user) = await AdmittedAsync(offering);
        var staffRegistered = await StudentAsync();

        Succeeded(await records.RunAsync(new RegisterMyselfCommand(self, offering.Id, user)));
        Succeeded(await records.RunAsync(new RegisterStudentCommand(staffRegistered, offering.Id, RegistrationKind.FirstTime, Stadm)));

        const string Announced = "SELECT (payload - 'registrationId' - 'studentId' - 'registeredAt')::text FROM records.outbox_messages "
            + "WHERE type = 'records.registration-recorded' AND payload->>'studentId' = '{0}'";
        Assert.Equal(
            await database.ScalarAsync<string>(string.Format(System.Globalization.CultureInfo.InvariantCulture, Announced, staffRegistered)),
            await database.ScalarAsync<string>(string.Format(System.Globalization.CultureInfo.InvariantCulture, Announced, self)));
    }

    [Fact]
    public async Task Without_an_admission_on_the_reserve_list_or_conditionally_admitted_the_student_is_refused_and_nothing_is_stored()
    {
        var offering = Offering();
        var none = await StudentAsync();
        var reserve = await StudentAsync();
        admissions.Admit(reserve, offering.Id, AdmissionStanding.Reserve);
        var conditional = await StudentAsync();
        admissions.Admit(conditional, offering.Id, AdmissionStanding.ConditionallyAdmitted);

        var refusedNone = await records.RunAsync(new RegisterMyselfCommand(none, offering.Id, "stud-none"));
        var refusedReserve = await records.RunAsync(new RegisterMyselfCommand(reserve, offering.Id, "stud-reserve"));
        var refusedConditional = await records.RunAsync(new RegisterMyselfCommand(conditional, offering.Id, "stud-conditional"));

        Assert.Equal(RecordsReasons.NotAdmitted, Refused(refusedNone).Reason);
        Assert.Equal(RecordsReasons.NotAdmitted, Refused(refusedReserve).Reason);
        Assert.Equal(RecordsReasons.AdmissionConditional, Refused(refusedConditional).Reason);
        Assert.Equal(["input", "offeringId"], InputPath.Of(Refused(refusedNone).Field));
        foreach (var student in new[] { none, reserve, conditional }) Assert.Equal(0L, await RegistrationsAsync(student));
    }

    [Fact]
    public async Task Before_the_window_opens_after_it_closes_or_without_one_is_WINDOW_CLOSED_and_nothing_is_stored()
    {
        var early = Offering(opens: new DateOnly(2025, 8, 19));
        var late = Offering(closes: new DateOnly(2025, 8, 17));
        var without = catalogue.Course(NextCode(), FakeCatalogue.Dv, 7.5m, Start, new DateOnly(2025, 10, 31)).Offering;
        var onLastDay = Offering(closes: new DateOnly(2025, 8, 18));

        foreach (var offering in new[] { early, late, without })
        {
            var (student, user) = await AdmittedAsync(offering);
            var refused = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));
            Assert.Equal(RecordsReasons.WindowClosed, Refused(refused).Reason);
            Assert.Equal(0L, await RegistrationsAsync(student));
        }
        var (lastDayStudent, lastDayUser) = await AdmittedAsync(onLastDay);
        Succeeded(await records.RunAsync(new RegisterMyselfCommand(lastDayStudent, onLastDay.Id, lastDayUser)));
    }

    [Fact]
    public async Task Registering_twice_is_ALREADY_REGISTERED_and_stores_one_registration()
    {
        var offering = Offering();
        var (student, user) = await AdmittedAsync(offering);

        Succeeded(await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user)));
        var again = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));

        var error = Refused(again);
        Assert.Equal((RecordsReasons.AlreadyRegistered, ErrorCode.Conflict), (error.Reason, error.Code));
        Assert.Equal(1L, await RegistrationsAsync(student));
        Assert.Equal(1L, await EventsAsync("records.registration-recorded", student));
    }

    [Fact]
    public async Task A_student_registered_on_the_course_before_is_refused_on_another_offering_as_a_re_registration_is_the_study_administrations()
    {
        var first = Offering();
        var (student, user) = await RegisteredThemselfAsync(first);
        var version = await catalogue.GetCourseVersionAsync(first.CourseVersionId, CancellationToken.None);
        var spring = catalogue.WithRegistrationWindow(catalogue.NextVersionOffering(version!, "20001", new Term(TermSeason.Spring, 2026)),
            new DateOnly(2025, 8, 1), new DateOnly(2025, 9, 8));
        admissions.Admit(student, spring.Id);

        var refused = await records.RunAsync(new RegisterMyselfCommand(student, spring.Id, user));

        var error = Refused(refused);
        Assert.Equal(RecordsReasons.RegisteredOnCourseBefore, error.Reason);
        Assert.Equal(["input", "offeringId"], InputPath.Of(error.Field));
        Assert.Equal($"Du har registrerats på {first.CourseCode} tidigare (10001 HT2025). En omregistrering görs av studieadministrationen på institutionen.",
            ErrorTexts.Text(error.Reason, error.Arguments, ErrorTexts.Swedish));
        Assert.Equal(1L, await RegistrationsAsync(student));
    }

    [Fact]
    public async Task A_fee_paying_term_stops_self_registration_until_an_administrator_records_the_fee_paid()
    {
        var offering = Offering();
        var (student, user) = await AdmittedAsync(offering);
        Succeeded(await records.RunAsync(new RecordFeePayingCommand(student, "HT2025", true, Stadm)));

        var unpaid = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));
        var paid = await records.RunAsync(new RecordFeePaymentCommand(student, "HT2025", true, Stadm));
        var afterPayment = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));

        Assert.Equal(RecordsReasons.FeeNotPaid, Refused(unpaid).Reason);
        Assert.True(Succeeded(paid).IsFeePaid);
        Succeeded(afterPayment);
        Assert.Equal(1L, await RegistrationsAsync(student));
    }

    [Fact]
    public async Task A_payment_for_a_term_that_is_not_fee_paying_is_refused()
    {
        var student = await StudentAsync();

        var refused = await records.RunAsync(new RecordFeePaymentCommand(student, "HT2025", true, Stadm));

        Assert.Equal(RecordsReasons.NotFeePaying, Refused(refused).Reason);
    }

    [Fact]
    public async Task A_suspended_student_cannot_register_themself_while_the_suspension_lasts_and_one_over_six_months_is_refused()
    {
        var offering = Offering();
        var (student, user) = await AdmittedAsync(offering);
        var tooLong = await records.RunAsync(new RecordSuspensionCommand(student, new DateOnly(2025, 8, 1), new DateOnly(2026, 2, 1), Stadm));
        Succeeded(await records.RunAsync(new RecordSuspensionCommand(student, new DateOnly(2025, 8, 1), new DateOnly(2025, 8, 31), Stadm)));

        var suspended = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));
        clock.SetUtcNow(new DateTimeOffset(2025, 9, 1, 10, 0, 0, TimeSpan.Zero));
        var afterwards = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));

        Assert.Equal(RecordsReasons.SuspensionTooLong, Refused(tooLong).Reason);
        var error = Refused(suspended);
        Assert.Equal(RecordsReasons.Suspended, error.Reason);
        Assert.Equal("Du är avstängd till och med 2025-08-31 och kan inte registrera dig under tiden.",
            ErrorTexts.Text(error.Reason, error.Arguments, ErrorTexts.Swedish));
        Succeeded(afterwards);
    }

    [Fact]
    public async Task On_an_offering_over_two_terms_the_student_continues_themself_in_the_next_terms_window_and_not_before_it()
    {
        // 50 % from 2025-09-01 to 2026-06-05; the window 2025-08-01..2025-09-08 moves to the spring's teaching start (2026-01-19).
        var offering = Offering(end: new DateOnly(2026, 6, 5));
        var (student, user) = await AdmittedAsync(offering);
        Succeeded(await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user)));

        var tooEarly = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));
        clock.SetUtcNow(new DateTimeOffset(2026, 1, 20, 10, 0, 0, TimeSpan.Zero));
        var continued = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user));

        Assert.Equal(RecordsReasons.AlreadyRegistered, Refused(tooEarly).Reason);
        Assert.Equal((RegistrationKind.Continuation, "VT2026"), (Succeeded(continued).Kind, continued.Value!.Term));
        Assert.Equal(2L, await RegistrationsAsync(student));
    }

    [Fact]
    public async Task A_university_obstacle_rule_refuses_in_Swedish_and_English_naming_the_plugin_and_nothing_is_stored()
    {
        var offering = Offering();
        var (student, user) = await AdmittedAsync(offering);
        SelfRegistrationToCheck? asked = null;
        var rules = new PluginExtensions<IRegistrationObstacleRule>(
            [new(Plugin, new ObstacleRule(r =>
            {
                asked = r;
                return [new RegistrationRefusal("INTRODUCTION_FIRST", "Gå introduktionen först.") { EnglishMessage = "Attend the introduction first." }];
            }))],
            TimeSpan.FromSeconds(30));

        var refused = await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user), rules);

        var error = Refused(refused);
        Assert.Equal(new RefusingRule(Plugin, "INTRODUCTION_FIRST"), error.Rule);
        Assert.StartsWith("Gå introduktionen först.", ErrorTexts.Text(error.Reason, error.Arguments, ErrorTexts.Swedish), StringComparison.Ordinal);
        Assert.StartsWith("Attend the introduction first.", ErrorTexts.Text(error.Reason, error.Arguments, ErrorTexts.English), StringComparison.Ordinal);
        Assert.Equal((student, offering.CourseCode, "HT2025", RegistrationType.FirstTime), (asked!.StudentId, asked.CourseCode, asked.Term, asked.Type));
        Assert.Equal(0L, await RegistrationsAsync(student));
        Assert.Equal(0L, await EventsAsync("records.registration-recorded", student));
    }

    [Fact]
    public async Task Withdrawing_before_the_start_withdraws_within_three_weeks_of_it_is_an_early_dropout_and_later_is_refused()
    {
        var offering = Offering();
        var (before, beforeUser) = await RegisteredThemselfAsync(offering);
        var (within, withinUser) = await RegisteredThemselfAsync(offering);
        var (after, afterUser) = await RegisteredThemselfAsync(offering);

        var withdrawn = await records.RunAsync(new WithdrawMyselfCommand(before, offering.Id, beforeUser));
        clock.SetUtcNow(new DateTimeOffset(2025, 9, 22, 10, 0, 0, TimeSpan.Zero));
        var dropped = await records.RunAsync(new WithdrawMyselfCommand(within, offering.Id, withinUser));
        clock.SetUtcNow(new DateTimeOffset(2025, 9, 23, 10, 0, 0, TimeSpan.Zero));
        var tooLate = await records.RunAsync(new WithdrawMyselfCommand(after, offering.Id, afterUser));
        var notRegistered = await records.RunAsync(new WithdrawMyselfCommand(await StudentAsync(), offering.Id, "stud-nobody"));

        Assert.Equal(new DateOnly(2025, 8, 18), Succeeded(withdrawn).WithdrawnOn);
        Assert.Equal((new DateOnly(2025, 9, 22), true), (Succeeded(dropped).DroppedOutOn, dropped.Value!.IsEarlyDropout));
        var error = Refused(tooLate);
        Assert.Equal(RecordsReasons.WithdrawalClosed, error.Reason);
        Assert.Equal(new DateOnly(2025, 9, 22), error.Arguments[1]);
        Assert.Equal(RecordsReasons.NothingToWithdraw, Refused(notRegistered).Reason);
        Assert.Equal(1L, await EventsAsync("records.registration-withdrawn", before));
        Assert.Equal(1L, await EventsAsync("records.dropout-recorded", within));
        Assert.Equal(0L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM records.registrations WHERE student_id = '{after}' AND (withdrawn_on IS NOT NULL OR dropped_out_on IS NOT NULL)"));
    }

    [Fact]
    public async Task A_university_may_allow_withdrawal_for_a_shorter_time()
    {
        var offering = Offering();
        var (student, user) = await RegisteredThemselfAsync(offering);
        clock.SetUtcNow(new DateTimeOffset(2025, 9, 9, 10, 0, 0, TimeSpan.Zero));

        var refused = await records.RunAsync(new WithdrawMyselfCommand(student, offering.Id, user), new SelfWithdrawalPeriod(TimeSpan.FromDays(7)));

        Assert.Equal(RecordsReasons.WithdrawalClosed, Refused(refused).Reason);
    }

    private OfferingInfo Offering(DateOnly? opens = null, DateOnly? closes = null, DateOnly? end = null) =>
        catalogue.WithRegistrationWindow(
            catalogue.Course(NextCode(), FakeCatalogue.Dv, 7.5m, Start, end ?? new DateOnly(2025, 10, 31), pacePercent: end is null ? 100 : 50).Offering,
            opens ?? new DateOnly(2025, 8, 1), closes ?? new DateOnly(2025, 9, 8));

    private static string NextCode() => $"5SR{Interlocked.Increment(ref nextCourse):000}";

    private async Task<(Guid Student, string User)> AdmittedAsync(OfferingInfo offering)
    {
        var student = await StudentAsync();
        admissions.Admit(student, offering.Id);
        return (student, $"stud-{student:N}"[..20]);
    }

    private async Task<(Guid Student, string User)> RegisteredThemselfAsync(OfferingInfo offering)
    {
        var (student, user) = await AdmittedAsync(offering);
        Succeeded(await records.RunAsync(new RegisterMyselfCommand(student, offering.Id, user)));
        return (student, user);
    }

    private async Task<Guid> StudentAsync()
    {
        var serial = 100 + Interlocked.Increment(ref nextNumber);
        var created = await records.RunAsync(
            new CreateStudentCommand(IdentityNumbers.Personal($"020202{serial:000}"), false, "Själv", "Registrerad", null, Stadm));
        return Succeeded(created).Id;
    }

    private Task<long> RegistrationsAsync(Guid student) =>
        database.ScalarAsync<long>($"SELECT count(*) FROM records.registrations WHERE student_id = '{student}'");

    private Task<long> EventsAsync(string type, Guid student) => database.ScalarAsync<long>(
        $"SELECT count(*) FROM records.outbox_messages WHERE type = '{type}' AND payload->>'studentId' = '{student}'");

    private static T Succeeded<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Reason.Name}: {e.Message}")));
        return outcome.Value!;
    }

    private static DomainError Refused<T>(Outcome<T> outcome)
    {
        Assert.False(outcome.Succeeded, "expected a refusal");
        return Assert.Single(outcome.Errors);
    }

    private sealed class ObstacleRule(Func<SelfRegistrationToCheck, IEnumerable<RegistrationRefusal>> check) : IRegistrationObstacleRule
    {
        public IEnumerable<RegistrationRefusal> Check(SelfRegistrationToCheck registration) => check(registration);
    }
}
