using System.Text.RegularExpressions;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Application.Sittings;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>
/// Exam sittings (aktivitetstillfällen) of docs/domain.md against a real PostgreSQL: planning, the sign-up rules, the last seat,
/// the anonymous codes, and reporting results by code. Each refusal also checks that nothing was stored.
/// </summary>
public sealed partial class ExamSittingTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string StadmDv = "stadmdv", StadmMa = "stadmma", Reporter = "lararedv", Examiner = "examdv";

    // 1 October 2025: the window of the sittings below (20 September to 10 October) is open.
    private readonly FixedClock clock = new(new DateTimeOffset(2025, 10, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeCatalogue catalogue = new();
    private readonly FakePermissions permissions = new();
    private NpgsqlDataSource dataSource = null!;
    private RecordsCommands records = null!;
    private static int nextNumber;

    private static ExamSittingPlan Plan(int capacity = 30) => new(
        new DateTimeOffset(2025, 10, 20, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 10, 20, 13, 0, 0, TimeSpan.Zero), "Östra paviljongen, sal 1",
        new DateOnly(2025, 9, 20), new DateOnly(2025, 10, 10), capacity);

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        records = new RecordsCommands(dataSource, catalogue, permissions, clock);
        permissions.Grant(StadmDv, RecordsPolicies.Register, FakeCatalogue.Dv);
        permissions.Grant(StadmMa, RecordsPolicies.Register, FakeCatalogue.Ma);
        permissions.GrantCourseRight(Reporter, CourseRightKind.Report, FakeCatalogue.Programming);
        permissions.GrantCourseRight(Examiner, CourseRightKind.Attest, FakeCatalogue.Programming);
    }

    public async Task DisposeAsync()
    {
        await records.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task A_study_administrator_of_the_course_department_plans_a_sitting_on_a_module_and_one_of_another_department_may_not()
    {
        var planned = Succeeded(await records.RunAsync(new CreateExamSittingCommand(FakeCatalogue.ProgrammingV1.Id, "0002", Plan(), StadmDv)));
        var elsewhere = await records.RunAsync(new CreateExamSittingCommand(FakeCatalogue.ProgrammingV1.Id, "0002", Plan(), StadmMa));

        Assert.Equal(("5DV001", "0002", FakeCatalogue.Dv, 30), (planned.CourseCode, planned.ModuleCode, planned.DepartmentId, planned.Capacity));
        Assert.Equal(1L, await CountAsync($"records.exam_sittings WHERE id = '{planned.Id}'"));
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(elsewhere.Errors).Code);
        Assert.Equal(1L, await CountAsync($"records.exam_sittings WHERE created_by = '{StadmMa}' OR id = '{planned.Id}'"));
    }

    [Fact]
    public async Task A_sitting_that_ends_before_it_starts_a_window_that_closes_on_its_day_no_seat_and_no_place_are_each_refused()
    {
        var before = await CountAsync("records.exam_sittings");
        var plan = Plan();

        var backwards = await records.RunAsync(new CreateExamSittingCommand(
            FakeCatalogue.ProgrammingV1.Id, null, plan with { EndsAt = plan.StartsAt.AddHours(-1) }, StadmDv));
        var lateWindow = await records.RunAsync(new CreateExamSittingCommand(
            FakeCatalogue.ProgrammingV1.Id, null, plan with { SignUpCloses = new DateOnly(2025, 10, 20) }, StadmDv));
        var noSeat = await records.RunAsync(new CreateExamSittingCommand(FakeCatalogue.ProgrammingV1.Id, null, plan with { Capacity = 0 }, StadmDv));
        var noPlace = await records.RunAsync(new CreateExamSittingCommand(FakeCatalogue.ProgrammingV1.Id, null, plan with { Place = "  " }, StadmDv));
        var noModule = await records.RunAsync(new CreateExamSittingCommand(FakeCatalogue.ProgrammingV1.Id, "0009", plan, StadmDv));

        Assert.Equal((ExamSittingReasons.ExamSittingEndsBeforeStart, "EndsAt"), Reason(backwards));
        Assert.Equal((ExamSittingReasons.SignUpWindow, "SignUpCloses"), Reason(lateWindow));
        Assert.Equal((ExamSittingReasons.ExamSittingCapacity, "Capacity"), Reason(noSeat));
        Assert.Equal((KernelReasons.Required, "Place"), Reason(noPlace));
        Assert.Equal(ErrorCode.NotFound, Assert.Single(noModule.Errors).Code);
        Assert.Equal(before, await CountAsync("records.exam_sittings"));
    }

    [Fact]
    public async Task A_registered_student_signs_up_once_and_gets_a_code_of_four_letters_and_a_digit_and_the_sign_up_is_announced()
    {
        var sitting = await SittingAsync();
        var registration = await RegisteredAsync(FakeCatalogue.DvAutumn);

        var seat = Succeeded(await SignUpAsync(sitting, registration.StudentId));
        var twice = await SignUpAsync(sitting, registration.StudentId);

        Assert.Matches(CodeFormat(), seat.SignUp.AnonymousCode);
        Assert.Equal(registration.Id, seat.SignUp.RegistrationId);
        Assert.Equal((ExamSittingReasons.AlreadySignedUp, "ExamSittingId"), Reason(twice));
        Assert.Equal(1L, await CountAsync($"records.exam_sitting_sign_ups WHERE sitting_id = '{sitting.Id}'"));
        Assert.Equal(1L, await CountAsync(
            $"records.outbox_messages WHERE type = 'records.exam-sign-up-confirmed' AND payload->>'studentId' = '{registration.StudentId}'"));
    }

    [Fact]
    public async Task Only_students_registered_on_an_offering_of_the_version_examined_and_not_dropped_out_may_sign_up()
    {
        var sitting = await SittingAsync();
        var onCalculus = await RegisteredAsync(FakeCatalogue.MaAutumn);
        var nextVersion = await RegisteredAsync(catalogue.NextVersionOffering(FakeCatalogue.ProgrammingV1, "30001", new Kernel.Periods.Term(
            Kernel.Periods.TermSeason.Autumn, 2025)));
        var droppedOut = await RegisteredAsync(FakeCatalogue.DvAutumn);
        Succeeded(await records.RunAsync(new RecordDropoutCommand(droppedOut.Id, null, new DateOnly(2025, 9, 30), null, StadmDv)));

        foreach (var student in new[] { onCalculus.StudentId, nextVersion.StudentId, droppedOut.StudentId })
        {
            Assert.Equal((ExamSittingReasons.NotRegisteredOnCourse, "ExamSittingId"), Reason(await SignUpAsync(sitting, student)));
        }
        Assert.Equal(0L, await CountAsync($"records.exam_sitting_sign_ups WHERE sitting_id = '{sitting.Id}'"));
        Assert.Equal(0L, await CountAsync(
            $"records.outbox_messages WHERE type = 'records.exam-sign-up-confirmed' AND payload->>'examSittingId' = '{sitting.Id}'"));
    }

    [Fact]
    public async Task Signing_up_before_the_window_opens_or_after_it_closes_is_refused_and_taking_a_sign_up_back_too()
    {
        var sitting = await SittingAsync();
        var early = await RegisteredAsync(FakeCatalogue.DvAutumn);
        var signedUp = await RegisteredAsync(FakeCatalogue.DvAutumn);
        Succeeded(await SignUpAsync(sitting, signedUp.StudentId));

        clock.SetUtcNow(new DateTimeOffset(2025, 9, 19, 22, 0, 0, TimeSpan.Zero));
        var beforeOpening = await SignUpAsync(sitting, early.StudentId);
        clock.SetUtcNow(new DateTimeOffset(2025, 10, 11, 0, 0, 0, TimeSpan.Zero));
        var afterClosing = await SignUpAsync(sitting, early.StudentId);
        var takenBackLate = await records.RunAsync(new CancelExamSittingSignUpCommand(sitting.Id, signedUp.StudentId, "student"));

        Assert.Equal((ExamSittingReasons.SignUpClosed, "ExamSittingId"), Reason(beforeOpening));
        Assert.Equal((ExamSittingReasons.SignUpClosed, "ExamSittingId"), Reason(afterClosing));
        Assert.Equal((ExamSittingReasons.SignUpClosed, "ExamSittingId"), Reason(takenBackLate));
        Assert.Equal(1L, await CountAsync($"records.exam_sitting_sign_ups WHERE sitting_id = '{sitting.Id}'"));
    }

    [Fact]
    public async Task A_full_sitting_refuses_the_next_student_and_a_sign_up_taken_back_frees_its_seat()
    {
        var sitting = await SittingAsync(capacity: 1);
        var first = await RegisteredAsync(FakeCatalogue.DvAutumn);
        var second = await RegisteredAsync(FakeCatalogue.DvAutumn);
        Succeeded(await SignUpAsync(sitting, first.StudentId));

        var full = await SignUpAsync(sitting, second.StudentId);
        var notHis = await records.RunAsync(new CancelExamSittingSignUpCommand(sitting.Id, second.StudentId, "student"));
        Succeeded(await records.RunAsync(new CancelExamSittingSignUpCommand(sitting.Id, first.StudentId, "student")));
        var afterwards = Succeeded(await SignUpAsync(sitting, second.StudentId));

        Assert.Equal((ExamSittingReasons.ExamSittingFull, "ExamSittingId"), Reason(full));
        Assert.Equal((ExamSittingReasons.NotSignedUp, "ExamSittingId"), Reason(notHis));
        Assert.Equal(second.StudentId, afterwards.SignUp.StudentId);
        Assert.Equal(1L, await CountAsync($"records.exam_sitting_sign_ups WHERE sitting_id = '{sitting.Id}'"));
        Assert.Equal(1L, await CountAsync(
            $"records.outbox_messages WHERE type = 'records.exam-sign-up-cancelled' AND payload->>'examSittingId' = '{sitting.Id}'"));
    }

    [Fact]
    public async Task Two_students_racing_for_the_last_seat_one_gets_it_and_the_other_is_told_the_sitting_is_full()
    {
        var sitting = await SittingAsync(capacity: 1);
        var students = new[] { await RegisteredAsync(FakeCatalogue.DvAutumn), await RegisteredAsync(FakeCatalogue.DvAutumn) };

        var outcomes = await Task.WhenAll(students.Select(r => Task.Run(() => SignUpAsync(sitting, r.StudentId))));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Equal((ExamSittingReasons.ExamSittingFull, "ExamSittingId"), Reason(Assert.Single(outcomes, o => !o.Succeeded)));
        Assert.Equal(1L, await CountAsync($"records.exam_sitting_sign_ups WHERE sitting_id = '{sitting.Id}'"));
    }

    [Fact]
    public async Task A_change_names_the_version_read_and_never_sets_fewer_seats_than_signed_up_and_a_cancelled_sitting_takes_no_sign_up()
    {
        var sitting = await SittingAsync(capacity: 5);
        var one = await RegisteredAsync(FakeCatalogue.DvAutumn);
        var two = await RegisteredAsync(FakeCatalogue.DvAutumn);
        Succeeded(await SignUpAsync(sitting, one.StudentId));
        Succeeded(await SignUpAsync(sitting, two.StudentId));

        var tooFew = await records.RunAsync(new ChangeExamSittingCommand(sitting.Id, sitting.RowVersion, Plan(capacity: 1), StadmDv));
        var aula = Plan(capacity: 2) with { Place = "Aula" };
        var byAnother = await records.RunAsync(new ChangeExamSittingCommand(sitting.Id, sitting.RowVersion, aula, StadmMa));
        var moved = Succeeded(await records.RunAsync(new ChangeExamSittingCommand(sitting.Id, sitting.RowVersion, aula, StadmDv)));
        var stale = await records.RunAsync(new ChangeExamSittingCommand(sitting.Id, sitting.RowVersion, Plan(capacity: 3), StadmDv));
        Succeeded(await records.RunAsync(new CancelExamSittingCommand(sitting.Id, moved.RowVersion, StadmDv)));
        Succeeded(await records.RunAsync(new CancelExamSittingSignUpCommand(sitting.Id, one.StudentId, "student")));
        var afterCancelling = await SignUpAsync(sitting, one.StudentId);

        Assert.Equal((ExamSittingReasons.ExamSittingCapacity, "Capacity"), Reason(tooFew));
        Assert.Equal(ErrorCode.Forbidden, Assert.Single(byAnother.Errors).Code);
        Assert.Equal((KernelReasons.StaleVersion, "Version"), Reason(stale));
        Assert.Equal((ExamSittingReasons.ExamSittingCancelled, "ExamSittingId"), Reason(afterCancelling));
        Assert.Equal(1L, await CountAsync($"records.exam_sittings WHERE id = '{sitting.Id}' AND capacity = 2 AND place = 'Aula' AND cancelled_at IS NOT NULL"));
    }

    [Fact]
    public void A_code_already_taken_at_the_sitting_is_never_drawn_again()
    {
        // A rigged draw that gives AAAA2 first, then BBBB3.
        var draws = new Queue<int>([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);

        var code = AnonymousCode.Draw(new HashSet<string> { "AAAA2" }, _ => draws.Dequeue());

        Assert.Equal("BBBB3", code);
        Assert.Matches(CodeFormat(), AnonymousCode.Draw(new HashSet<string>()));
    }

    [Fact]
    public async Task The_examiner_and_the_departments_study_administrators_see_who_a_code_stands_for_a_reporter_sees_codes_only()
    {
        var sitting = await SittingAsync();
        var access = new ExamSittingAccess(permissions);
        var student = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Name, "stud01"), new(Kernel.GraphQL.CallerIdentity.StudentIdClaim, Guid.NewGuid().ToString())], "test"));

        Assert.Equal(SignUpView.Students, await access.ViewAsync(sitting, Signed(Examiner), default));
        Assert.Equal(SignUpView.Students, await access.ViewAsync(sitting, Signed(StadmDv), default));
        Assert.Equal(SignUpView.Codes, await access.ViewAsync(sitting, Signed(Reporter), default));
        Assert.Equal(SignUpView.None, await access.ViewAsync(sitting, Signed(StadmMa), default));
        Assert.Equal(SignUpView.None, await access.ViewAsync(sitting, student, default));
    }

    [Fact]
    public async Task Results_reported_by_anonymous_code_go_to_the_students_behind_the_codes_and_sending_them_again_changes_nothing()
    {
        var sitting = await SittingAsync();
        var registrations = new[] { await RegisteredAsync(FakeCatalogue.DvAutumn), await RegisteredAsync(FakeCatalogue.DvAutumn) };
        var codes = new List<string>();
        foreach (var registration in registrations) codes.Add(Succeeded(await SignUpAsync(sitting, registration.StudentId)).SignUp.AnonymousCode);
        clock.SetUtcNow(new DateTimeOffset(2025, 10, 27, 10, 0, 0, TimeSpan.Zero));
        var exam = new DateOnly(2025, 10, 20);
        var batch = new ReportResultsCommand($"sitting-{sitting.Id}", FakeCatalogue.DvAutumn.Id, "0002",
            [new(null, null, new GradeEntry("G", exam, null), codes[0].ToLowerInvariant()), new(null, null, new GradeEntry("U", exam, null), codes[1])],
            Reporter, sitting.Id);

        var first = Succeeded(await records.RunAsync(batch));
        var again = Succeeded(await records.RunAsync(batch));

        Assert.Equal([ReportOutcome.Created, ReportOutcome.Created], first.Select(r => r.Outcome));
        Assert.Equal(registrations.Select(r => (Guid?)r.StudentId), first.Select(r => r.StudentId));
        Assert.Equal(registrations.Select(r => r.Id), first.Select(r => r.Result!.RegistrationId!.Value));
        Assert.Equal([ReportOutcome.Unchanged, ReportOutcome.Unchanged], again.Select(r => r.Outcome));
        Assert.Equal(2L, await CountAsync($"records.results WHERE offering_id = '{FakeCatalogue.DvAutumn.Id}' AND student_id IN "
            + $"('{registrations[0].StudentId}', '{registrations[1].StudentId}')"));
    }

    [Fact]
    public async Task A_code_that_no_sign_up_at_the_sitting_has_is_a_row_of_its_own_refused_and_nothing_is_stored_for_it()
    {
        var sitting = await SittingAsync();
        var other = await SittingAsync();
        var mine = await RegisteredAsync(FakeCatalogue.DvAutumn);
        var theirs = await RegisteredAsync(FakeCatalogue.DvAutumn);
        var code = Succeeded(await SignUpAsync(sitting, mine.StudentId)).SignUp.AnonymousCode;
        var otherCode = Succeeded(await SignUpAsync(other, theirs.StudentId)).SignUp.AnonymousCode;
        clock.SetUtcNow(new DateTimeOffset(2025, 10, 27, 10, 0, 0, TimeSpan.Zero));
        var grade = new GradeEntry("G", new DateOnly(2025, 10, 20), null);
        ReportResultsRow ByCode(string c) => new(null, null, grade, c);

        var rows = Succeeded(await records.RunAsync(new ReportResultsCommand(
            $"codes-{sitting.Id}", FakeCatalogue.DvAutumn.Id, "0002", [ByCode(code), ByCode(otherCode), ByCode("ZZZZ9")], Reporter, sitting.Id)));
        var noSitting = Succeeded(await records.RunAsync(new ReportResultsCommand(
            $"nositting-{sitting.Id}", FakeCatalogue.DvAutumn.Id, "0002", [ByCode(code)], Reporter)));
        var otherModule = await records.RunAsync(new ReportResultsCommand(
            $"module-{sitting.Id}", FakeCatalogue.DvAutumn.Id, "0001", [ByCode(code)], Reporter, sitting.Id));

        Assert.Equal([ReportOutcome.Created, ReportOutcome.Invalid, ReportOutcome.Invalid], rows.Select(r => r.Outcome));
        Assert.All(rows.Skip(1), r => Assert.Equal((ExamSittingReasons.AnonymousCodeNotFound, "Rows[" + r.Index + "].AnonymousCode"),
            (Assert.Single(r.Errors).Reason, r.Errors[0].Field?.ToString())));
        Assert.Equal(ErrorCode.Validation, Assert.Single(Assert.Single(noSitting).Errors).Code);
        Assert.Equal((ExamSittingReasons.ExamSittingOfOtherExam, "ExamSittingId"), Reason(otherModule));
        Assert.Equal(1L, await CountAsync($"records.results WHERE student_id IN ('{mine.StudentId}', '{theirs.StudentId}')"));
    }

    [GeneratedRegex("^[A-HJ-NP-Z]{4}[2-9]$")]
    private static partial Regex CodeFormat();

    private static System.Security.Claims.ClaimsPrincipal Signed(string userId) =>
        new(new System.Security.Claims.ClaimsIdentity([new(System.Security.Claims.ClaimTypes.Name, userId)], "test"));

    private async Task<ExamSitting> SittingAsync(int capacity = 30) =>
        Succeeded(await records.RunAsync(new CreateExamSittingCommand(FakeCatalogue.ProgrammingV1.Id, "0002", Plan(capacity), StadmDv)));

    private Task<Outcome<ExamSittingSeat>> SignUpAsync(ExamSitting sitting, Guid studentId) =>
        records.RunAsync(new SignUpForExamSittingCommand(sitting.Id, studentId, "student"));

    private async Task<Registration> RegisteredAsync(OfferingInfo offering)
    {
        var number = Interlocked.Increment(ref nextNumber);
        var student = Succeeded(await records.RunAsync(
            new CreateStudentCommand(IdentityNumbers.Personal($"920202{number:D3}"), false, "Student", $"Sitting{number}", null, StadmDv)));
        var registrar = offering.DepartmentId == FakeCatalogue.Ma ? StadmMa : StadmDv;
        return Succeeded(await records.RunAsync(new RegisterStudentCommand(student.Id, offering.Id, RegistrationKind.FirstTime, registrar)));
    }

    private Task<long> CountAsync(string from) => database.ScalarAsync<long>($"SELECT count(*) FROM {from}");

    private static (ErrorReason? Reason, string? Field) Reason<T>(Outcome<T> outcome)
    {
        var error = Assert.Single(outcome.Errors);
        return (error.Reason, error.Field?.ToString());
    }

    private static T Succeeded<T>(Outcome<T> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => $"{e.Code}: {e.Message}")));
        return outcome.Value!;
    }
}
