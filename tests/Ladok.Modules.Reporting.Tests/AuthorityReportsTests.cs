using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Domain;
using Ladok.Plugins.Sdk;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>SCB's individual records per term, UKÄ's funded figures and CSN's list of results from the read model, against a real PostgreSQL.</summary>
public sealed class AuthorityReportsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly Guid Umu = Guid.NewGuid(), Dv = Guid.NewGuid();
    private const string Admin = "ladokadm", Reader = "reader";

    private readonly FakeCatalogue catalogue = new([new(Umu, "UMU", "Umeå University", []), new(Dv, "DV", "Computing", [Umu])]);
    private FakePermissions permissions = null!;
    private readonly FakeRecords records = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<ReportingDbContext> databases = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<ReportingDbContext>(ModuleDatabase.Options<ReportingDbContext>(dataSource, ReportingDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        await database.ExecuteAsync(
            "TRUNCATE reporting.registrations, reporting.results, reporting.exports, reporting.course_areas, reporting.fee_paying_terms");
        permissions = new(catalogue);
        permissions.Grant(Reader, ReportingPolicies.Read, Umu);
        permissions.Grant(Admin, ReportingPolicies.Read, Umu);
        permissions.Grant(Admin, ReportingPolicies.Export, Umu);
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task The_SCB_report_is_one_record_per_student_term_and_course_with_the_ordinances_fields()
    {
        // SFS 1993:1153 3 kap. 3 §: identity, registrations and credits per term, with the course's attributes. Anna reads two courses
        // in HT2025, one of them 30 hp over two terms (3 September to 29 June: 44 study weeks, 20 of them in HT2025, whose share runs
        // until VT2026's teaching starts on 19 January, ADR 0020), which she continues
        // (FO) in VT2026, when she pays fees. The old report gave one aggregate row per course and term, without her.
        var anna = Guid.NewGuid();
        records.Add(new StudentInfo(anna, "198112189876", "Anna", "A"));
        var year = catalogue.Course("5DV210", Dv, 30m, new DateOnly(2025, 9, 3), new DateOnly(2026, 6, 29), modules: 2,
            areas: [new("NaturalSciences", 0.5m), new("Technology", 0.5m)], subjectGroup: "DA1");
        var distance = catalogue.Course("5DV211", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31), level: "SecondCycle",
            financingForm: "ContractEducation", areas: [new("Technology", 1m)], pacePercent: 50, studyForm: "Distance", place: "Skellefteå");
        var first = await RegisterAsync(year, "FirstTime", anna);
        await RegisterAsync(distance, "FirstTime", anna);
        await RegisterAsync(year, "Continuation", anna, "VT2026");
        await AttestAsync(year, "0001", passing: true, new DateTimeOffset(2025, 12, 18, 9, 0, 0, TimeSpan.Zero), anna, registrationId: first);
        await AttestAsync(distance, null, passing: true, new DateTimeOffset(2025, 10, 30, 9, 0, 0, TimeSpan.Zero), anna);
        await new FeePayingRecordedHandler(databases).HandleAsync(
            new FeePayingRecorded(anna, "VT2026", true, DateTimeOffset.UtcNow),
            new IntegrationEventContext(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1), default);

        var autumn = await ReportAsync(AuthorityReportKind.ScbTerm, "HT2025");
        var spring = await ReportAsync(AuthorityReportKind.ScbTerm, "VT2026");

        // 30 × 20/44 = 13.6 hp registered in HT2025 and 30 × 24/44 = 16.4 in VT2026; module 0001 is 15.0 hp, examined in December.
        Assert.Equal([
            ["198112189876", "HT2025", "5DV210", "FFG", "13.6", "15.0", "FirstCycle", "DA1", "NaturalSciences:0.5;Technology:0.5", "100", "Campus", "",
                "Ordinary", "false"],
            ["198112189876", "HT2025", "5DV211", "FFG", "7.5", "7.5", "SecondCycle", "", "Technology:1", "50", "Distance", "Skellefteå",
                "ContractEducation", "false"]], autumn);
        Assert.Equal([
            ["198112189876", "VT2026", "5DV210", "FO", "16.4", "0.0", "FirstCycle", "DA1", "NaturalSciences:0.5;Technology:0.5", "100", "Campus", "",
                "Ordinary", "true"]], spring);
        Assert.Equal(AuthorityReports.ColumnsOf(AuthorityReportKind.ScbTerm).Count, autumn[0].Length);
    }

    [Fact]
    public async Task Credits_completed_in_a_term_without_a_registration_for_it_carry_the_offerings_study_form_and_place()
    {
        // Bo read a distance course in Skellefteå in HT2025 and passed it in January: VT2026 has his credits, not a registration.
        var bo = Guid.NewGuid();
        records.Add(new StudentInfo(bo, "199001011234", "Bo", "B"));
        var course = catalogue.Course("5DV212", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 19), pacePercent: 50,
            studyForm: "Distance", place: "Skellefteå");
        var registration = await RegisterAsync(course, "FirstTime", bo);
        await AttestAsync(course, null, passing: true, new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero), bo, registrationId: registration);

        var rows = await ReportAsync(AuthorityReportKind.ScbTerm, "VT2026");

        Assert.Equal(
            [["199001011234", "VT2026", "5DV212", "", "0.0", "7.5", "FirstCycle", "", "", "50", "Distance", "Skellefteå", "Ordinary", "false"]], rows);
    }

    [Fact]
    public async Task A_credit_transfer_is_not_in_the_SCB_records_completed_credits()
    {
        // UKÄ: completed credits (HPR) are those earned through examination; a tillgodoräknande was earned elsewhere.
        var anna = Guid.NewGuid();
        records.Add(new StudentInfo(anna, "198112189876", "Anna", "A"));
        var course = catalogue.Course("5DV203", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        var examined = catalogue.Course("5DV207", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        await RegisterAsync(course, "FirstTime", anna);
        await AttestAsync(course, null, passing: true, new DateTimeOffset(2025, 10, 30, 9, 0, 0, TimeSpan.Zero), anna);
        await AttestAsync(course, null, passing: true, new DateTimeOffset(2025, 10, 30, 9, 0, 0, TimeSpan.Zero), anna, origin: "CreditTransfer");
        await AttestAsync(examined, null, passing: true, new DateTimeOffset(2025, 10, 30, 9, 0, 0, TimeSpan.Zero), anna, origin: "CreditTransfer");

        var rows = await ReportAsync(AuthorityReportKind.ScbTerm, "HT2025");

        // The examined 7.5 hp only (counting the transfer gave 15.0), and no record for a course she only had transferred.
        Assert.Equal([["198112189876", "HT2025", "5DV203", "FFG", "7.5", "7.5", "FirstCycle", "", "", "100", "Campus", "", "Ordinary", "false"]], rows);
    }

    [Fact]
    public async Task A_withdrawn_registration_or_an_early_dropout_is_no_registration_in_SCBs_records()
    {
        // Återbud: the registration never counted; tidigt avbrott counts as never started (docs/domain.md). A later dropout stays.
        var (anna, bo, cecilia) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        records.Add(new StudentInfo(anna, "198112189876", "Anna", "A"));
        records.Add(new StudentInfo(bo, "199001011234", "Bo", "B"));
        records.Add(new StudentInfo(cecilia, "200001012382", "Cecilia", "C"));
        var course = catalogue.Course("5DV213", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        var withdrawn = await RegisterAsync(course, "FirstTime", anna);
        var early = await RegisterAsync(course, "FirstTime", bo);
        var late = await RegisterAsync(course, "FirstTime", cecilia);
        var context = new IntegrationEventContext(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1);
        await new RegistrationWithdrawnHandler(databases).HandleAsync(
            new RegistrationWithdrawn(withdrawn, anna, course.Offering.Id, course.Offering.CourseId, Dv, new DateOnly(2025, 8, 20)), context, default);
        foreach (var (registration, student, isEarly) in new[] { (early, bo, true), (late, cecilia, false) })
        {
            await new DropoutRecordedHandler(databases).HandleAsync(new DropoutRecorded(registration, student, course.Offering.Id,
                course.Offering.CourseId, "5DV213", Dv, "HT2025", new DateOnly(2025, 10, 1), isEarly, null, null, DateTimeOffset.UtcNow), context, default);
        }

        var rows = await ReportAsync(AuthorityReportKind.ScbTerm, "HT2025");

        Assert.Equal(["200001012382"], rows.Select(r => r[0]));
    }

    [Fact]
    public async Task The_UKA_report_gives_the_funded_figures_per_educational_area()
    {
        // 30 hp half natural sciences, half technology; 15 hp humanities; 15 hp contract education (not funded). All in HT2025.
        var split = catalogue.Course("5DV204", Dv, 30m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21),
            areas: [new("NaturalSciences", 0.5m), new("Technology", 0.5m)]);
        var humanities = catalogue.Course("5DV205", Dv, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21), areas: [new("Humanities", 1m)]);
        var contract = catalogue.Course("5DV206", Dv, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21), financingForm: "ContractEducation",
            areas: [new("Technology", 1m)]);
        foreach (var course in new[] { split, humanities, contract }) await RegisterAsync(course, "FirstTime");
        await AttestAsync(split, null, passing: true, new DateTimeOffset(2025, 12, 20, 9, 0, 0, TimeSpan.Zero), Guid.NewGuid());

        var rows = await ReportAsync(AuthorityReportKind.UkaFunded, "2025");

        // HST: 30 ÷ 60 = 0.5 split 0.25 and 0.25; 15 ÷ 60 = 0.25 humanities. HPR: 30 ÷ 60 = 0.5 split the same way.
        // The year is not closed: no correction rows, the correction column empty.
        Assert.Equal([
            ["2025", "Humanities", "0.250", "0.000", ""],
            ["2025", "NaturalSciences", "0.250", "0.250", ""],
            ["2025", "Technology", "0.250", "0.250", ""]], rows);
    }

    [Fact]
    public async Task The_CSN_list_names_each_student_by_identity_number_in_decision_order()
    {
        var course = catalogue.Course("5DV201", Dv, 6m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31));
        var (anna, bo) = (Guid.NewGuid(), Guid.NewGuid());
        records.Add(new StudentInfo(anna, "198112189876", "Anna", "A"));
        records.Add(new StudentInfo(bo, "199001011234", "Bo", "B"));
        await AttestAsync(course, null, passing: true, new DateTimeOffset(2025, 11, 5, 9, 0, 0, TimeSpan.Zero), bo);
        await AttestAsync(course, null, passing: false, new DateTimeOffset(2025, 11, 3, 9, 0, 0, TimeSpan.Zero), anna);
        await AttestAsync(course, null, passing: true, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), anna);

        var rows = await ReportAsync(AuthorityReportKind.CsnResults, "2025");

        Assert.Equal([
            ["198112189876", "5DV201", "", "U", "6.0", "false", "2025-11-03"],
            ["199001011234", "5DV201", "", "G", "6.0", "true", "2025-11-05"]], rows);
        Assert.Equal(
            1L, await database.ScalarAsync<long>(
                $"SELECT count(*) FROM reporting.exports WHERE report = 'csn-results' AND period = '2025' AND exported_by = '{Admin}' AND row_count = 2"));
    }

    [Fact]
    public async Task The_CSN_list_over_a_span_of_years_holds_every_year_in_it_and_a_span_backwards_is_refused()
    {
        var course = catalogue.Course("5DV202", Dv, 6m, new DateOnly(2024, 9, 1), new DateOnly(2024, 10, 31));
        var anna = Guid.NewGuid();
        records.Add(new StudentInfo(anna, "198112189876", "Anna", "A"));
        foreach (var year in new[] { 2023, 2024, 2025, 2026 }) await AttestAsync(
            course, null, passing: true, new DateTimeOffset(year, 11, 3, 9, 0, 0, TimeSpan.Zero), anna);

        var rows = await ReportAsync(AuthorityReportKind.CsnResults, "2024-2025");
        var backwards = await Catalog().PrepareAsync("csn-results", new Dictionary<string, string> { ["period"] = "2025-2024" }, Admin, default);

        Assert.Equal(["2024-11-03", "2025-11-03"], rows.Select(r => r[6]));
        Assert.Equal(ErrorCode.Validation, Assert.Single(backwards.Errors).Code);
    }

    [Fact]
    public async Task Only_administrators_take_reports_to_other_authorities()
    {
        var reports = Catalog();

        var refused = await reports.PrepareAsync("csn-results", new Dictionary<string, string> { ["period"] = "2025" }, Reader, default);
        var badTerm = await reports.PrepareAsync("scb-term", new Dictionary<string, string> { ["period"] = "2025" }, Admin, default);

        Assert.Equal(ErrorCode.Forbidden, Assert.Single(refused.Errors).Code);
        Assert.Equal(ErrorCode.Validation, Assert.Single(badTerm.Errors).Code);
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM reporting.exports"));
    }

    private async Task<List<string[]>> ReportAsync(AuthorityReportKind kind, string period)
    {
        var reports = Catalog();
        var prepared = await reports.PrepareAsync(AuthorityReports.NameOf(kind), new Dictionary<string, string> { ["period"] = period }, Admin, default);
        Assert.True(prepared.Succeeded, string.Join("; ", prepared.Errors.Select(e => e.Message)));
        var rows = new List<string[]>();
        await foreach (var row in prepared.Value.Rows) rows.Add([.. row]);
        await reports.LogAsync(prepared.Value.Definition, prepared.Value.Period, "test", rows.Count, Admin, default);
        return rows;
    }

    private ReportCatalog Catalog() => new(
        new AuthorityReports(databases, new ReadReplica<ReportingDbContext>(databases), records, catalogue, permissions,
            new FullTimeEquivalentsReader(new ReadReplica<ReportingDbContext>(databases), catalogue, permissions), TimeProvider.System),
        new InactiveStudents(records, PluginExtensions<IInactivityRule>.None, TimeProvider.System, NullLogger<InactiveStudents>.Instance),
        PluginExtensions<IUniversityReport>.None, records, TimeProvider.System, NullLogger<ReportCatalog>.Instance);

    private async Task<Guid> RegisterAsync(FakeCatalogue.FakeCourse course, string kind, Guid? studentId = null, string? term = null)
    {
        var registration = Guid.CreateVersion7();
        await new RegistrationRecordedHandler(databases, catalogue).HandleAsync(
            new RegistrationRecorded(registration, studentId ?? Guid.NewGuid(), course.Offering.Id, course.Offering.CourseId, course.Offering.CourseCode,
                course.Offering.DepartmentId, term ?? course.Offering.Term.ToString(), kind, DateTimeOffset.UtcNow),
            new IntegrationEventContext(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1), default);
        return registration;
    }

    private async Task AttestAsync(
        FakeCatalogue.FakeCourse course, string? module, bool passing, DateTimeOffset decided, Guid studentId, string origin = "Reported",
        Guid? registrationId = null)
    {
        var credits = module is null ? course.Version.Credits : course.Version.Modules.Single(m => m.Code == module).Credits;
        await new ResultAttestedHandler(databases, catalogue, new FixedClock()).HandleAsync(
            new ResultAttested(Guid.CreateVersion7(), studentId, registrationId, course.Offering.CourseId, course.Offering.CourseCode, course.Version.Id,
                module, course.Offering.DepartmentId, passing ? "G" : "U", passing, credits, DateOnly.FromDateTime(decided.Date), decided, origin),
            new IntegrationEventContext(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1), default);
    }
}
