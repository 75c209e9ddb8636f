using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Records.Tests;

/// <summary>Creating and registering students against a real PostgreSQL, with the Catalogue and Permissions facades faked.</summary>
public sealed class RecordsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string StadmDv = "stadmdv", StadmMa = "stadmma", Admin = "admin";

    private readonly FixedClock clock = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));
    private readonly FakePermissions permissions = new();
    private readonly FakeCatalogue catalogue = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<RecordsDbContext> databases = null!;
    private RecordsCommands records = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        records = new RecordsCommands(dataSource, catalogue, permissions, clock);
        permissions.Grant(StadmDv, RecordsPolicies.Register, FakeCatalogue.Dv);
        permissions.Grant(StadmMa, RecordsPolicies.Register, FakeCatalogue.Ma);
        permissions.Grant(Admin, RecordsPolicies.Register, FakeCatalogue.Umu);
    }

    public async Task DisposeAsync()
    {
        await records.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task Everything_the_module_stores_lives_in_its_own_schema()
    {
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'records' AND table_name = '__migrations_history'"));
    }

    [Fact]
    public async Task A_student_is_created_with_the_number_stored_in_twelve_digits()
    {
        var outcome = await CreateAsync(Numbers.Personal("850301123"), "Anna", "Andersson", "anna@example.se");

        Assert.True(outcome.Succeeded);
        var student = outcome.Value!;
        Assert.Equal("19850301123" + Numbers.Luhn("850301123"), student.IdentityNumber);
        Assert.Equal(IdentityNumberKind.Personal, student.Kind);
        Assert.Equal(StadmDv, student.CreatedBy);
        Assert.Equal(clock.GetUtcNow(), student.CreatedAt);
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.students WHERE id = '{student.Id}'"));
        Assert.Equal(
            new StudentInfo(student.Id, student.IdentityNumber, "Anna", "Andersson", "anna@example.se"),
            await new RecordsFacade(databases).GetStudentAsync(student.Id, default));
    }

    [Fact]
    public async Task The_same_identity_number_twice_is_a_conflict_whatever_its_written_form()
    {
        var written = Numbers.Personal("850302123");
        await CreateAsync(written, "Bo", "Berg");

        var again = await CreateAsync("19" + written.Replace("-", "", StringComparison.Ordinal), "Bo", "Bergström");

        var error = Assert.Single(again.Errors);
        Assert.Equal(ErrorCode.Conflict, error.Code);
        Assert.Equal(["input", "identityNumber"], InputPath.Of(error.Field));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.students WHERE identity_number LIKE '19850302%'"));
    }

    [Fact]
    public async Task An_invalid_number_is_refused_naming_the_rule_and_every_other_broken_rule_with_it()
    {
        var outcome = await CreateAsync("850303-1230", "", "Cedergren", "not an address");

        Assert.Equal(3, outcome.Errors.Count);
        Assert.All(outcome.Errors, e => Assert.Equal(ErrorCode.Validation, e.Code));
        Assert.Contains("check digit", outcome.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(["input", "identityNumber"], InputPath.Of(outcome.Errors[0].Field));
        Assert.Equal(["input", "firstName"], InputPath.Of(outcome.Errors[1].Field));
        Assert.Equal(["input", "email"], InputPath.Of(outcome.Errors[2].Field));
        Assert.Equal(0L, await CountAsync("SELECT count(*) FROM records.students WHERE last_name = 'Cedergren'"));
    }

    [Fact]
    public async Task An_interim_number_is_accepted_when_flagged_and_found_by_the_student_lookup()
    {
        var created = await records.RunAsync(
            new CreateStudentCommand("19900101-T123", IsInterim: true, "Dana", "Dahl", null, StadmDv));

        var found = await Reader().StudentByIdentityNumberAsync("19900101t123", default);

        Assert.Equal(IdentityNumberKind.Interim, created.Value!.Kind);
        Assert.Equal(created.Value.Id, found.Value!.Id);
    }

    [Fact]
    public async Task The_lookup_reads_any_written_form_and_refuses_a_broken_number()
    {
        var student = (await CreateAsync(Numbers.Personal("850304123"), "Erik", "Ek")).Value!;

        var byTenDigits = await Reader().StudentByIdentityNumberAsync(Numbers.Personal("850304123"), default);
        var byTwelve = await Reader().StudentByIdentityNumberAsync(student.IdentityNumber, default);
        var unknown = await Reader().StudentByIdentityNumberAsync(Numbers.Personal("850305123"), default);
        var broken = await Reader().StudentByIdentityNumberAsync("19850230-1234", default);

        Assert.Equal(student.Id, byTenDigits.Value!.Id);
        Assert.Equal(student.Id, byTwelve.Value!.Id);
        Assert.True(unknown.Succeeded);
        Assert.Null(unknown.Value);
        Assert.Equal(ErrorCode.Validation, Assert.Single(broken.Errors).Code);
        Assert.Contains("February 1985 has 28 days", broken.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_study_administrator_registers_a_student_on_an_offering_of_their_department()
    {
        var student = (await CreateAsync(Numbers.Personal("850306123"), "Fia", "Fors")).Value!;

        var outcome = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvAutumn.Id);

        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        var registration = outcome.Value!;
        Assert.Equal(("5DV001", "10001", "HT2025", RegistrationKind.FirstTime, StadmDv),
            (registration.CourseCode, registration.OfferingCode, registration.Term, registration.Kind, registration.RegisteredBy));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));
    }

    [Fact]
    public async Task A_student_may_be_on_two_offerings_of_one_course_but_not_on_one_offering_twice()
    {
        var student = (await CreateAsync(Numbers.Personal("850307123"), "Gun", "Gran")).Value!;
        await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvAutumn.Id);

        var secondOffering = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvSpring.Id, RegistrationKind.Repeat);
        var sameOffering = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvAutumn.Id);

        Assert.True(secondOffering.Succeeded);
        var error = Assert.Single(sameOffering.Errors);
        Assert.Equal(ErrorCode.Conflict, error.Code);
        Assert.Equal(["input", "offeringId"], InputPath.Of(error.Field));
        Assert.Equal(2L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));
    }

    [Fact]
    public async Task An_offering_over_two_terms_takes_a_continuation_for_its_second_term_and_nothing_after_it()
    {
        var student = (await CreateAsync(Numbers.Personal("850312123"), "Gull", "Grip")).Value!;
        await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvTwoTerms.Id);

        var continuation = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvTwoTerms.Id, RegistrationKind.Continuation);
        var third = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvTwoTerms.Id, RegistrationKind.Continuation);
        var anotherOffering = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvAutumn.Id, RegistrationKind.Repeat);
        var continuationOnAOneTermOffering = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvAutumn.Id, RegistrationKind.Continuation);

        Assert.Equal(("VT2026", RegistrationKind.Continuation), (continuation.Value!.Term, continuation.Value.Kind));
        // The offering ends in June 2026: there is no HT2026 of it to continue into.
        Assert.Equal(ErrorCode.Conflict, Assert.Single(third.Errors).Code);
        Assert.True(anotherOffering.Succeeded);
        Assert.Equal(ErrorCode.Conflict, Assert.Single(continuationOnAOneTermOffering.Errors).Code);
        Assert.Equal(
            2L, await CountAsync(
                $"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}' AND offering_id = '{FakeCatalogue.DvTwoTerms.Id}'"));
    }

    [Fact]
    public async Task An_autumn_offering_that_ends_before_the_spring_terms_teaching_takes_no_continuation()
    {
        // ADR 0020, the same term rule as HST's: the spring term's teaching starts on Monday 19 January 2026 (SUHF), so an offering
        // ending on Friday 16 January is all the autumn term's, and one ending on Friday 23 January has a week of the spring term.
        var student = (await CreateAsync(Numbers.Personal("850313123"), "Gert", "Grå")).Value!;
        var january = catalogue.Course("5DV121", FakeCatalogue.Dv, 7.5m, new DateOnly(2025, 11, 3), new DateOnly(2026, 1, 16)).Offering;
        var intoSpring = catalogue.Course("5DV122", FakeCatalogue.Dv, 7.5m, new DateOnly(2025, 11, 3), new DateOnly(2026, 1, 23)).Offering;
        await RegisterAsync(StadmDv, student.Id, january.Id);
        await RegisterAsync(StadmDv, student.Id, intoSpring.Id);

        var refused = await RegisterAsync(StadmDv, student.Id, january.Id, RegistrationKind.Continuation);
        var continued = await RegisterAsync(StadmDv, student.Id, intoSpring.Id, RegistrationKind.Continuation);

        // Calendar halves gave the first a VT2026 from 1 January, so it took the FO.
        Assert.Equal(ErrorCode.Conflict, Assert.Single(refused.Errors).Code);
        Assert.Equal(("VT2026", RegistrationKind.Continuation), (continued.Value!.Term, continued.Value.Kind));
        Assert.Equal(1L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE offering_id = '{january.Id}'"));
    }

    [Fact]
    public async Task Registering_at_another_department_is_forbidden_naming_it_and_stores_nothing()
    {
        var student = (await CreateAsync(Numbers.Personal("850308123"), "Hugo", "Hed")).Value!;

        var outcome = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.MaAutumn.Id);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(ErrorCode.Forbidden, error.Code);
        Assert.Contains("Department of Mathematics (MA)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));
    }

    [Fact]
    public async Task A_right_at_the_university_reaches_every_department()
    {
        var student = (await CreateAsync(Numbers.Personal("850309123"), "Ida", "Isaksson")).Value!;

        Assert.True((await RegisterAsync(Admin, student.Id, FakeCatalogue.MaAutumn.Id)).Succeeded);
        Assert.True((await RegisterAsync(Admin, student.Id, FakeCatalogue.DvAutumn.Id)).Succeeded);
    }

    [Fact]
    public async Task A_cancelled_offering_takes_no_registrations()
    {
        var student = (await CreateAsync(Numbers.Personal("850310123"), "Jan", "Jonsson")).Value!;

        var outcome = await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvCancelled.Id);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(ErrorCode.Validation, error.Code);
        Assert.Contains("cancelled", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));
    }

    [Fact]
    public async Task An_unknown_student_or_offering_is_not_found()
    {
        var student = (await CreateAsync(Numbers.Personal("850311123"), "Karin", "Kallio")).Value!;

        var noStudent = await RegisterAsync(StadmDv, Guid.NewGuid(), FakeCatalogue.DvAutumn.Id);
        var noOffering = await RegisterAsync(StadmDv, student.Id, Guid.NewGuid());

        Assert.Equal((ErrorCode.NotFound, "studentId"), (Assert.Single(noStudent.Errors).Code, InputPath.Of(noStudent.Errors[0].Field)[^1]));
        Assert.Equal((ErrorCode.NotFound, "offeringId"), (Assert.Single(noOffering.Errors).Code, InputPath.Of(noOffering.Errors[0].Field)[^1]));
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.registrations WHERE student_id = '{student.Id}'"));
    }

    [Fact]
    public async Task Students_are_paged_by_identity_number_and_searched_by_name_or_number()
    {
        await CreateAsync(Numbers.Personal("700101123"), "Lena", "Lund_Q");
        await CreateAsync(Numbers.Personal("700102123"), "Lars", "Lund%Q");
        await CreateAsync(Numbers.Personal("700103123"), "Maja", "Mark");

        var firstPage = await Reader().StudentsAsync("7001", new PageRequest(2, false, null, null), default);
        var secondPage = await Reader().StudentsAsync("7001", new PageRequest(2, false, firstPage.PageInfo.EndCursor is { } c ? Key(c) : null, null), default);
        var byName = await Reader().StudentsAsync("lund_q", new PageRequest(10, false, null, null), default);
        var byCentury = await Reader().StudentsAsync("19700103", new PageRequest(10, false, null, null), default);

        Assert.Equal(["Lena", "Lars"], firstPage.Edges.Select(e => e.Node.FirstName));
        Assert.Equal(3, firstPage.TotalCount);
        Assert.Equal(["Maja"], secondPage.Edges.Select(e => e.Node.FirstName));
        Assert.Equal(["Lena"], byName.Edges.Select(e => e.Node.FirstName));
        Assert.Equal(["Maja"], byCentury.Edges.Select(e => e.Node.FirstName));
    }

    [Fact]
    public async Task A_samordningsnummer_replaced_by_the_personnummer_keeps_the_student_their_records_and_the_earlier_number()
    {
        // FOL 18 a §: a samordningsnummer is the day of birth plus 60; once the person is registered in Sweden the personnummer (FOL 18 §) replaces it.
        var coordination = Numbers.Personal("900161123");
        var personal = Numbers.Personal("900101123");
        var student = (await CreateAsync(coordination, "Sara", "Samuelsson")).Value!;
        var registration = (await RegisterAsync(StadmDv, student.Id, FakeCatalogue.DvAutumn.Id)).Value!;
        clock.Advance(TimeSpan.FromDays(1));

        var changed = await records.RunAsync(new ChangeIdentityNumberCommand(student.Id, student.RowVersion, personal, false, StadmDv));

        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors.Select(e => e.Message)));
        Assert.Equal((student.Id, "19900101123" + Numbers.Luhn("900101123"), IdentityNumberKind.Personal),
            (changed.Value!.Id, changed.Value.IdentityNumber, changed.Value.Kind));
        Assert.Equal(student.Id, (await Reader().StudentByIdentityNumberAsync(personal, default)).Value!.Id);
        Assert.Equal(student.Id, (await Reader().StudentByIdentityNumberAsync(coordination, default)).Value!.Id);
        var former = Assert.Single((await Reader().FormerIdentityNumbersByStudentIdsAsync([student.Id], default))[student.Id]);
        Assert.Equal(("19900161123" + Numbers.Luhn("900161123"), IdentityNumberKind.Coordination, StadmDv, clock.GetUtcNow()),
            (former.IdentityNumber, former.Kind, former.ReplacedBy, former.ReplacedAt));
        Assert.Equal(student.Id, (await Reader().RegistrationsByIdsAsync([registration.Id], default))[registration.Id].StudentId);
        Assert.Equal(1L, await CountAsync(
            $"SELECT count(*) FROM records.audit_entries WHERE subject_id = '{student.Id}' AND action = 'Updated' AND changed_by = '{StadmDv}' "
            + "AND changes::text LIKE '%19900161%'"));
        Assert.Equal(1L, await CountAsync(
            $"SELECT count(*) FROM records.outbox_messages WHERE type = 'records.student-identity-number-changed' AND payload->>'studentId' = '{student.Id}'"));
    }

    [Fact]
    public async Task A_new_identity_number_is_checked_as_at_creation_and_refused_when_another_student_has_or_had_it()
    {
        var interim = (await records.RunAsync(new CreateStudentCommand("19900202-T123", true, "Tove", "Interim", null, StadmDv))).Value!;
        var other = (await CreateAsync(Numbers.Personal("900203123"), "Olle", "Other")).Value!;
        var badCheckDigit = "900202-123" + ((Numbers.Luhn("900202123") + 1) % 10);

        var invalid = await records.RunAsync(new ChangeIdentityNumberCommand(interim.Id, interim.RowVersion, badCheckDigit, false, StadmDv));
        var taken = await records.RunAsync(new ChangeIdentityNumberCommand(interim.Id, interim.RowVersion, Numbers.Personal("900203123"), false, StadmDv));
        var stale = await records.RunAsync(new ChangeIdentityNumberCommand(interim.Id, interim.RowVersion + 1, Numbers.Personal("900202123"), false, StadmDv));
        var toInterim = await records.RunAsync(new ChangeIdentityNumberCommand(other.Id, other.RowVersion, "19900203-T456", true, StadmDv));

        Assert.Equal(ErrorCode.Validation, Assert.Single(invalid.Errors).Code);
        Assert.Equal(["input", "identityNumber"], InputPath.Of(invalid.Errors[0].Field));
        Assert.Equal(ErrorCode.Conflict, Assert.Single(taken.Errors).Code);
        Assert.Equal(["input", "identityNumber"], InputPath.Of(taken.Errors[0].Field));
        Assert.Equal(ErrorCode.Conflict, Assert.Single(stale.Errors).Code);
        Assert.Equal(ErrorCode.Validation, Assert.Single(toInterim.Errors).Code);
        Assert.Equal(0L, await CountAsync($"SELECT count(*) FROM records.former_identity_numbers WHERE student_id IN ('{interim.Id}', '{other.Id}')"));
        Assert.Equal("19900202T123", await database.ScalarAsync<string>($"SELECT identity_number FROM records.students WHERE id = '{interim.Id}'"));

        var replaced = (await records.RunAsync(
            new ChangeIdentityNumberCommand(interim.Id, interim.RowVersion, Numbers.Personal("900202123"), false, StadmDv))).Value!;
        var again = await records.RunAsync(new CreateStudentCommand("19900202-T123", true, "Tove", "Again", null, StadmDv));
        var third = (await records.RunAsync(new CreateStudentCommand("19900204-T789", true, "Tredje", "Interim", null, StadmDv))).Value!;
        var othersFormer = await records.RunAsync(new ChangeIdentityNumberCommand(third.Id, third.RowVersion, "19900202-T123", true, StadmDv));
        Assert.Equal(IdentityNumberKind.Personal, replaced.Kind);
        Assert.Equal(ErrorCode.Conflict, Assert.Single(again.Errors).Code);
        Assert.Equal(ErrorCode.Conflict, Assert.Single(othersFormer.Errors).Code);
        Assert.Equal(replaced.Id, (await Reader().StudentByIdentityNumberAsync("19900202-T123", default)).Value!.Id);
    }

    private static string Key(string cursor) =>
        System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(cursor))[2..];

    private RecordsReader Reader() => new(databases, clock);

    private Task<Outcome<Student>> CreateAsync(string identityNumber, string firstName, string lastName, string? email = null) =>
        records.RunAsync(new CreateStudentCommand(identityNumber, false, firstName, lastName, email, StadmDv));

    private Task<Outcome<Registration>> RegisterAsync(string userId, Guid studentId, Guid offeringId, RegistrationKind kind = RegistrationKind.FirstTime) =>
        records.RunAsync(new RegisterStudentCommand(studentId, offeringId, kind, userId));

    private Task<long> CountAsync(string sql) => database.ScalarAsync<long>(sql);
}
