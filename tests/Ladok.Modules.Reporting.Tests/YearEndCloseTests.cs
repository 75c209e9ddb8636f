using Autofac;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.Modules;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Domain;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>
/// The year-end close (ADR 0019): a year's funded figures frozen at the reporting cut-off in mid-January, and what moves after it
/// reported as corrections, against a real PostgreSQL.
/// </summary>
public sealed class YearEndCloseTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly Guid Umu = Guid.NewGuid(), Dv = Guid.NewGuid();
    private const string Admin = "ladokadm";

    /// <summary>UKÄ's cut-off for the 2025 figures: mid-January 2026.</summary>
    private static readonly DateTimeOffset CutOff = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeCatalogue catalogue = new([new(Umu, "UMU", "Umeå University", []), new(Dv, "DV", "Computing", [Umu])]);
    private readonly FakeRecords records = new();
    private readonly FixedClock clock = new(CutOff);
    private FakePermissions permissions = null!;
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<ReportingDbContext> databases = null!;
    private CommandRunner commands = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<ReportingDbContext>(ModuleDatabase.Options<ReportingDbContext>(dataSource, ReportingDbContext.Schema));
        permissions = new(catalogue);
        permissions.Grant(Admin, ReportingPolicies.Read, Umu);
        permissions.Grant(Admin, ReportingPolicies.Export, Umu);
        commands = new CommandRunner(b =>
        {
            b.RegisterModule<ReportingModule>();
            b.RegisterInstance(databases).As<IDbContextFactory<ReportingDbContext>>().ExternallyOwned();
            b.RegisterInstance(records).As<IRecordsQueries>().ExternallyOwned();
            b.RegisterInstance(catalogue).As<ICatalogueQueries>().ExternallyOwned();
            b.RegisterInstance(permissions).As<IPermissionQueries>().ExternallyOwned();
            b.RegisterInstance(clock).As<TimeProvider>();
        });
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        await database.ExecuteAsync("""
            TRUNCATE reporting.registrations, reporting.results, reporting.course_areas, reporting.fee_paying_terms, reporting.closed_years CASCADE
            """);
    }

    public async Task DisposeAsync()
    {
        commands.Dispose();
        await dataSource.DisposeAsync();
    }

    [Fact]
    public async Task A_result_removed_after_the_close_leaves_the_frozen_figure_and_shows_as_a_correction()
    {
        // Two 7.5 hp results examined in 2025 and attested before the cut-off: 15 ÷ 60 = 0.25 HPR, frozen at the close.
        var course = catalogue.Course("5DV400", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20), areas: [new("Technology", 1m)]);
        await AttestAsync(course, examined: new DateOnly(2025, 12, 18), decided: new DateTimeOffset(2025, 12, 19, 9, 0, 0, TimeSpan.Zero));
        var removed = await AttestAsync(course, examined: new DateOnly(2025, 12, 18), decided: new DateTimeOffset(2026, 1, 8, 9, 0, 0, TimeSpan.Zero));
        Succeeded(await CloseAsync(2025));

        // In February an examiner attests the removal of one of them. Before the close it would have rewritten 2025 to 0.125.
        await RemoveAsync(removed, new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.Zero));
        var row = await TotalAsync(2025);

        // The frozen 0.25 stays; the removal is a correction of -7.5 ÷ 60 = -0.125 HPR, in its area too.
        Assert.Equal((0.25m, true, CutOff), (row.Hpr, row.Closed, row.ClosedAt));
        Assert.Equal(
            [new FteCorrection(FteCorrectionReason.ResultRemoved, 0m, -0.125m) { EducationalAreas = [new("Technology", 0m, -0.125m)] }],
            row.Corrections);
    }

    [Fact]
    public async Task A_result_examined_in_the_year_and_attested_after_the_close_is_a_correction_not_part_of_the_frozen_figures()
    {
        // Examined 20 December 2025, attested 20 January 2026, after the 2025 figures were closed on 15 January.
        var course = catalogue.Course("5DV401", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20));
        await RegisterAsync(course);
        Succeeded(await CloseAsync(2025));
        await AttestAsync(course, examined: new DateOnly(2025, 12, 20), decided: new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero));
        var row = await TotalAsync(2025);

        // Frozen: 7.5 ÷ 60 = 0.125 HST, no HPR. The late result: +0.125 HPR as a correction of 2025 (never 2026's).
        Assert.Equal((0.125m, 0m), (row.Hst, row.Hpr));
        Assert.Equal([new FteCorrection(FteCorrectionReason.ResultAttestedLate, 0m, 0.125m)], row.Corrections);
        Assert.Equal(0m, (await TotalAsync(2026)).Hpr);
    }

    [Fact]
    public async Task A_registration_removed_after_the_close_is_a_correction_of_HST()
    {
        var course = catalogue.Course("5DV402", Dv, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20));
        var registration = await RegisterAsync(course);
        Succeeded(await CloseAsync(2025));
        await new RegistrationWithdrawnHandler(databases).HandleAsync(
            new RegistrationWithdrawn(registration.RegistrationId, registration.StudentId, registration.OfferingId, registration.CourseId, Dv,
                new DateOnly(2026, 2, 1)), Context(), default);
        var row = await TotalAsync(2025);

        // Frozen: 15 ÷ 60 = 0.25 HST; the removal takes it away, among the other changes (registrations carry no instant).
        Assert.Equal(0.25m, row.Hst);
        Assert.Equal([new FteCorrection(FteCorrectionReason.Other, -0.25m, 0m)], row.Corrections);
    }

    [Fact]
    public async Task A_year_closed_twice_is_a_conflict_and_keeps_its_first_close()
    {
        var course = catalogue.Course("5DV403", Dv, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20));
        await RegisterAsync(course);
        Succeeded(await CloseAsync(2025));
        clock.Advance(TimeSpan.FromDays(1));
        await RegisterAsync(course);

        var again = await CloseAsync(2025);

        var error = Assert.Single(again.Errors);
        Assert.Equal((ErrorCode.Conflict, "Year"), (error.Code, error.Field?.ToString()));
        var row = await TotalAsync(2025);
        // Still the first close's 0.25 and its instant; the second registration is a correction.
        Assert.Equal((0.25m, CutOff), (row.Hst, row.ClosedAt));
        Assert.Equal([new FteCorrection(FteCorrectionReason.Other, 0.25m, 0m)], row.Corrections);
    }

    [Fact]
    public async Task The_current_year_and_later_ones_cannot_be_closed()
    {
        // On 15 January 2026, 2026 has not ended and 2027 has not begun.
        var current = await CloseAsync(2026);
        var future = await CloseAsync(2027);

        Assert.All(new[] { current, future }, o => Assert.Equal((ErrorCode.Validation, "Year"), (Assert.Single(o.Errors).Code, o.Errors[0].Field?.ToString())));
        Assert.Equal(0L, await database.ScalarAsync<long>("SELECT count(*) FROM reporting.closed_years"));
        Assert.False((await TotalAsync(2026)).Closed);
    }

    [Fact]
    public async Task A_rebuild_after_the_close_keeps_the_frozen_figures_and_the_corrections_follow_from_the_difference()
    {
        var course = catalogue.Course("5DV404", Dv, 6m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20));
        var result = await AttestAsync(course, examined: new DateOnly(2025, 12, 10), decided: new DateTimeOffset(2025, 12, 12, 9, 0, 0, TimeSpan.Zero));
        Succeeded(await CloseAsync(2025));
        // Removed after the close; the rebuild reads the removal from Records.
        records.Removed.Add(new ResultRemoved(result.ResultId, result.StudentId, result.CourseId, null, true, 6m,
            new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero)));

        await new ReadModelRebuild(databases, records, catalogue, clock, NullLogger<ReadModelRebuild>.Instance).RunAsync(IProgressSteps.None, default);
        var row = await TotalAsync(2025);

        // Frozen 6 ÷ 60 = 0.1 HPR; live nothing; the correction -0.1.
        Assert.Equal(0.1m, row.Hpr);
        Assert.Equal([new FteCorrection(FteCorrectionReason.ResultRemoved, 0m, -0.1m)], row.Corrections);
    }

    [Fact]
    public async Task The_UKA_report_of_a_closed_year_gives_the_frozen_figures_and_the_corrections_in_rows_of_their_own()
    {
        var course = catalogue.Course("5DV405", Dv, 30m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20),
            areas: [new("NaturalSciences", 0.5m), new("Technology", 0.5m)]);
        await RegisterAsync(course);
        var removed = await AttestAsync(course, examined: new DateOnly(2025, 12, 19), decided: new DateTimeOffset(2025, 12, 22, 9, 0, 0, TimeSpan.Zero));
        Succeeded(await CloseAsync(2025));
        await RemoveAsync(removed, new DateTimeOffset(2026, 2, 3, 9, 0, 0, TimeSpan.Zero));

        var reports = new AuthorityReports(databases, new ReadReplica<ReportingDbContext>(databases), records, catalogue, permissions, Reader(), clock);
        var rows = new List<string[]>();
        await foreach (var row in reports.RowsAsync(AuthorityReportKind.UkaFunded, ReportingPeriod.From(2025, null).Value!, default)) rows.Add(row);

        // Frozen: 30 ÷ 60 = 0.5 HST and 0.5 HPR, half in each area. The removal: -0.25 HPR in each, in rows of its own.
        Assert.Equal([
            ["2025", "NaturalSciences", "0.250", "0.250", ""],
            ["2025", "Technology", "0.250", "0.250", ""],
            ["2025", "NaturalSciences", "0.000", "-0.250", "RESULT_REMOVED"],
            ["2025", "Technology", "0.000", "-0.250", "RESULT_REMOVED"]], rows);
    }

    private Task<Outcome<ClosedYear>> CloseAsync(int year) =>
        commands.RunAsync<CloseReportingYearCommand, ClosedYear>(new CloseReportingYearCommand(year, Admin));

    private static ClosedYear Succeeded(Outcome<ClosedYear> outcome)
    {
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Value!;
    }

    private FullTimeEquivalentsReader Reader() => new(new ReadReplica<ReportingDbContext>(databases), catalogue, permissions);

    private async Task<FteRow> TotalAsync(int year)
    {
        var outcome = await Reader().ReadAsync(new FteQuery(year, null, null, null, [], Admin), default);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors.Select(e => e.Message)));
        return Assert.Single(outcome.Value!);
    }

    private async Task<RegistrationRecorded> RegisterAsync(FakeCatalogue.FakeCourse course)
    {
        var recorded = new RegistrationRecorded(
            Guid.CreateVersion7(), Guid.NewGuid(), course.Offering.Id, course.Offering.CourseId, course.Offering.CourseCode, Dv,
            course.Offering.Term.ToString(), "FirstTime", DateTimeOffset.UtcNow);
        records.Registrations.Add(recorded);
        await new RegistrationRecordedHandler(databases, catalogue).HandleAsync(recorded, Context(), default);
        return recorded;
    }

    private async Task<ResultAttested> AttestAsync(FakeCatalogue.FakeCourse course, DateOnly examined, DateTimeOffset decided)
    {
        var attested = new ResultAttested(Guid.CreateVersion7(), Guid.NewGuid(), null, course.Offering.CourseId, course.Offering.CourseCode,
            course.Version.Id, null, Dv, "G", true, course.Version.Credits, examined, decided, "Reported");
        records.Attested.Add(attested);
        await new ResultAttestedHandler(databases, catalogue, clock).HandleAsync(attested, Context(), default);
        return attested;
    }

    private async Task RemoveAsync(ResultAttested result, DateTimeOffset at)
    {
        var removal = new ResultRemoved(result.ResultId, result.StudentId, result.CourseId, null, true, result.Credits, at);
        records.Removed.Add(removal);
        await new ResultRemovedHandler(databases, clock).HandleAsync(removal, Context(), default);
    }

    private static IntegrationEventContext Context() => new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1);
}
