using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Modules;
using Ladok.Modules.Admissions.Application;
using Ladok.Modules.Admissions.Data;
using Ladok.Modules.Admissions.Domain;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Ladok.Modules.Admissions.Tests;

/// <summary>
/// Admissions (antagning) recorded by a study administrator and imported from the national admission system's export, against
/// a real PostgreSQL with the Records module's own students (its facade answers the import's identity numbers).
/// </summary>
public sealed class AdmissionsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Stadm = "stadmdv";
    private const string Header = "personnummer;kurskod;termin;tillfalleskod;status;reservplats";
    private static int nextNumber;

    private readonly FixedClock clock = new(new DateTimeOffset(2025, 8, 18, 10, 0, 0, TimeSpan.Zero));
    private readonly FakeCatalogue catalogue = new();
    private readonly FakePermissions permissions = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<AdmissionsDbContext> admissionsDatabases = null!;
    private RecordsFacade recordsFacade = null!;
    private CommandRunner admissions = null!;
    private CommandRunner records = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        var recordsDatabases = new PooledDbContextFactory<RecordsDbContext>(ModuleDatabase.Options<RecordsDbContext>(dataSource, RecordsDbContext.Schema));
        await using (var db = await recordsDatabases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        admissionsDatabases = new PooledDbContextFactory<AdmissionsDbContext>(
            ModuleDatabase.Options<AdmissionsDbContext>(dataSource, AdmissionsDbContext.Schema));
        await using (var db = await admissionsDatabases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        recordsFacade = new RecordsFacade(recordsDatabases, clock);
        permissions.Grant(Stadm, RecordsPolicies.Register, FakeCatalogue.Dv);

        void Shared(ContainerBuilder b)
        {
            b.RegisterInstance(dataSource).ExternallyOwned();
            b.RegisterInstance(catalogue).As<ICatalogueQueries>();
            b.RegisterInstance(permissions).As<IPermissionQueries>();
            b.RegisterInstance(clock).As<TimeProvider>();
        }
        admissions = new CommandRunner(b =>
        {
            b.RegisterModule<AdmissionsModule>();
            Shared(b);
            b.RegisterInstance(recordsFacade).As<IRecordsQueries>();
        });
        records = new CommandRunner(b =>
        {
            b.RegisterModule<RecordsModule>();
            Shared(b);
        });
    }

    public async Task DisposeAsync()
    {
        await admissions.DisposeAsync();
        await records.DisposeAsync();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task Everything_the_module_stores_lives_in_its_own_schema()
    {
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'admissions' AND table_name = '__migrations_history'"));
        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'admissions' AND table_name = 'admissions'"));
    }

    [Fact]
    public async Task A_study_administrator_admits_a_reserve_who_is_later_admitted_and_Records_sees_the_standing_follow()
    {
        var (student, _) = await StudentAsync();
        var standings = new AdmissionStandings(admissionsDatabases);

        var reserve = Succeeded(await AdmitAsync(student, FakeCatalogue.DvAutumn.Id, AdmissionStatus.Reserve, 3));
        var asReserve = await standings.StandingAsync(student, FakeCatalogue.DvAutumn.Id, default);
        var admitted = Succeeded(await AdmitAsync(student, FakeCatalogue.DvAutumn.Id, AdmissionStatus.Admitted, null));
        var asAdmitted = await standings.StandingAsync(student, FakeCatalogue.DvAutumn.Id, default);

        Assert.Equal((AdmissionStatus.Reserve, 3), (reserve.Status, reserve.ReservePlace));
        Assert.Equal(
            (reserve.Id, AdmissionStatus.Admitted, (int?)null, AdmissionSource.Local), (admitted.Id, admitted.Status, admitted.ReservePlace, admitted.Source));
        Assert.Equal((AdmissionStanding.Reserve, AdmissionStanding.Admitted), (asReserve, asAdmitted));
        Assert.Equal(AdmissionStanding.None, await standings.StandingAsync(student, FakeCatalogue.MaAutumn.Id, default));
        Assert.Equal(1L, await database.ScalarAsync<long>($"SELECT count(*) FROM admissions.admissions WHERE student_id = '{student}'"));
        Assert.Equal(2L, await database.ScalarAsync<long>($"SELECT count(*) FROM admissions.audit_entries WHERE subject_id = '{reserve.Id}'"));
    }

    [Fact]
    public async Task A_reserve_needs_a_place_only_a_reserve_has_one_and_nothing_is_stored()
    {
        var (student, _) = await StudentAsync();

        var withoutPlace = await AdmitAsync(student, FakeCatalogue.DvAutumn.Id, AdmissionStatus.Reserve, null);
        var zero = await AdmitAsync(student, FakeCatalogue.DvAutumn.Id, AdmissionStatus.Reserve, 0);
        var admittedWithPlace = await AdmitAsync(student, FakeCatalogue.DvAutumn.Id, AdmissionStatus.Admitted, 2);

        Assert.Equal(AdmissionsReasons.ReservePlaceMissing, Refused(withoutPlace).Reason);
        Assert.Equal(AdmissionsReasons.ReservePlaceMissing, Refused(zero).Reason);
        Assert.Equal(AdmissionsReasons.ReservePlaceNotReserve, Refused(admittedWithPlace).Reason);
        Assert.Equal("reservePlace", Refused(zero).Field?.ToString(), ignoreCase: true);
        Assert.Equal(0L, await database.ScalarAsync<long>($"SELECT count(*) FROM admissions.admissions WHERE student_id = '{student}'"));
    }

    [Fact]
    public async Task Admitting_needs_the_register_right_at_the_offerings_department_a_known_student_and_an_offering_not_cancelled()
    {
        var (student, _) = await StudentAsync();

        var elsewhere = await AdmitAsync(student, FakeCatalogue.MaAutumn.Id, AdmissionStatus.Admitted, null);
        var cancelled = await AdmitAsync(student, FakeCatalogue.DvCancelled.Id, AdmissionStatus.Admitted, null);
        var nobody = await AdmitAsync(Guid.NewGuid(), FakeCatalogue.DvAutumn.Id, AdmissionStatus.Admitted, null);
        var nowhere = await AdmitAsync(student, Guid.NewGuid(), AdmissionStatus.Admitted, null);

        Assert.Equal((AdmissionsReasons.NotAdmissionsOfficer, ErrorCode.Forbidden), (Refused(elsewhere).Reason, Refused(elsewhere).Code));
        Assert.Equal(AdmissionsReasons.AdmissionOfferingCancelled, Refused(cancelled).Reason);
        Assert.Equal(AdmissionsReasons.StudentNotFound, Refused(nobody).Reason);
        Assert.Equal(AdmissionsReasons.OfferingNotFound, Refused(nowhere).Reason);
        Assert.Equal(0L, await database.ScalarAsync<long>($"SELECT count(*) FROM admissions.admissions WHERE student_id = '{student}'"));
    }

    [Fact]
    public async Task An_import_stores_every_line_and_the_same_file_again_replaces_the_decisions_without_adding_any()
    {
        var (first, firstNumber) = await StudentAsync();
        var (second, secondNumber) = await StudentAsync();
        var (third, thirdNumber) = await StudentAsync();
        var file = $"""
            {Header}
            {firstNumber};5DV001;HT2025;10001;ANTAGEN;
            {secondNumber};5dv001;ht2025;10001;Villkorligt antagen;
            "{thirdNumber}";5MA001;HT2025;10002;RESERV;1
            """;

        var report = await ImportAsync(file);
        var again = await ImportAsync(file);

        Assert.Equal((3, 0), (report.Imported, report.Errors.Count));
        Assert.Equal((3, 0), (again.Imported, again.Errors.Count));
        Assert.Equal("Admitted|NationalImport", await database.ScalarAsync<string>(
            $"SELECT status || '|' || source FROM admissions.admissions WHERE student_id = '{first}'"));
        Assert.Equal("ConditionallyAdmitted", await database.ScalarAsync<string>($"SELECT status FROM admissions.admissions WHERE student_id = '{second}'"));
        Assert.Equal(1, await database.ScalarAsync<int>($"SELECT reserve_place FROM admissions.admissions WHERE student_id = '{third}'"));
        Assert.Equal(3L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM admissions.admissions WHERE student_id IN ('{first}', '{second}', '{third}')"));
    }

    [Fact]
    public async Task An_import_with_wrong_lines_reports_each_by_its_line_number_and_stores_nothing()
    {
        var (student, number) = await StudentAsync();
        var (other, otherNumber) = await StudentAsync();
        var stranger = IdentityNumbers.Personal("040404999");
        var badCheckDigit = number[..^1] + (char)('0' + (number[^1] - '0' + 1) % 10);
        var file = $"""
            {Header}
            {otherNumber};5DV001;HT2025;10001;ANTAGEN;
            {badCheckDigit};5DV001;HT2025;10001;ANTAGEN;
            {number};5DV001;HT2025;99999;ANTAGEN;
            {number};5DV001;HT2025;10001;ANTAGEN;
            {number};5DV001;HT2025;10001;ANTAGEN;
            {number};5MA001;HT2025;10002;AVVISAD;
            {stranger};5DV001;HT2025;10001;ANTAGEN;
            {number};5MA001;HT2025;10002;RESERV;
            {number};5DV001;VT2026;20001
            """;

        var report = await ImportAsync(file);

        Assert.Equal(0, report.Imported);
        Assert.Equal([3, 4, 6, 7, 8, 9, 10], report.Errors.Select(e => e.Line));
        Assert.Contains("check digit", report.Errors[0].Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("no offering 5DV001 HT2025 with the code '99999'", report.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("on line 5 already", report.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("'AVVISAD' is not a status", report.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("is a student in Ladok", report.Errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("reserve list", report.Errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("6 columns", report.Errors[6].Message, StringComparison.Ordinal);
        Assert.Equal(0L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM admissions.admissions WHERE student_id IN ('{student}', '{other}')"));
    }

    [Fact]
    public async Task A_file_without_the_header_is_refused_on_line_1()
    {
        var (_, number) = await StudentAsync();

        var report = await ImportAsync($"{number};5DV001;HT2025;10001;ANTAGEN;");

        Assert.Equal(1, Assert.Single(report.Errors).Line);
        Assert.Contains(Header, report.Errors[0].Message, StringComparison.Ordinal);
    }

    private async Task<ImportReport> ImportAsync(string file)
    {
        var import = new AdmissionImport(admissionsDatabases, recordsFacade, catalogue, clock);
        using var reader = new StringReader(file);
        return await import.RunAsync(reader, "import:test", IProgressSteps.None, CancellationToken.None);
    }

    private Task<Outcome<Admission>> AdmitAsync(Guid student, Guid offering, AdmissionStatus status, int? reservePlace) =>
        admissions.RunAsync<AdmitStudentCommand, Admission>(new AdmitStudentCommand(student, offering, status, reservePlace, Stadm), new Caller(Stadm));

    private async Task<(Guid Id, string IdentityNumber)> StudentAsync()
    {
        var number = IdentityNumbers.Personal($"030303{100 + Interlocked.Increment(ref nextNumber):000}");
        var created = await records.RunAsync<CreateStudentCommand, Ladok.Modules.Records.Domain.Student>(
            new CreateStudentCommand(number, false, "Antagen", "Student", null, Stadm), new Caller(Stadm));
        return (Succeeded(created).Id, number);
    }

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
}
