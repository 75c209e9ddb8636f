using Ladok.Kernel.Modules;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Application;
using Ladok.Modules.Reporting.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>A rebuild from the Records facade writes, column for column, the facts its events wrote.</summary>
public sealed class ReadModelRebuildTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly Guid Dv = Guid.NewGuid();
    private readonly FakeCatalogue catalogue = new([new(Dv, "DV", "Computing", [])]);
    private readonly FakeRecords records = new();
    private readonly FixedClock clock = new();
    private NpgsqlDataSource dataSource = null!;
    private IDbContextFactory<ReportingDbContext> databases = null!;

    public async Task InitializeAsync()
    {
        dataSource = NpgsqlDataSource.Create(database.ConnectionString);
        databases = new PooledDbContextFactory<ReportingDbContext>(ModuleDatabase.Options<ReportingDbContext>(dataSource, ReportingDbContext.Schema));
        await using (var db = await databases.CreateDbContextAsync()) await db.Database.MigrateAsync();
        await database.ExecuteAsync("TRUNCATE reporting.registrations, reporting.results, reporting.course_areas, reporting.fee_paying_terms");
    }

    public async Task DisposeAsync() => await dataSource.DisposeAsync();

    [Fact]
    public async Task A_rebuild_writes_every_column_the_events_wrote()
    {
        var course = catalogue.Course("5DV300", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31), modules: 1,
            areas: [new("NaturalSciences", 0.5m), new("Technology", 0.5m)], pacePercent: 50, studyForm: "Distance", place: "Skellefteå");
        var context = new IntegrationEventContext(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1);
        foreach (var kind in new[] { "FirstTime", "Continuation", "Repeat" })
        {
            var registration = new RegistrationRecorded(
                Guid.CreateVersion7(), Guid.NewGuid(), course.Offering.Id, course.Offering.CourseId, "5DV300", Dv, "HT2025", kind, DateTimeOffset.UtcNow);
            records.Registrations.Add(registration);
            await new RegistrationRecordedHandler(databases, catalogue).HandleAsync(registration, context, default);
        }
        var early = new DropoutRecorded(
            records.Registrations[0].RegistrationId, records.Registrations[0].StudentId, course.Offering.Id, course.Offering.CourseId,
            "5DV300", Dv, "HT2025", new DateOnly(2025, 9, 5), true, 7.5m, null, DateTimeOffset.UtcNow);
        records.Dropouts.Add(early);
        await new DropoutRecordedHandler(databases).HandleAsync(early, context, default);
        var withdrawal = new RegistrationWithdrawn(
            records.Registrations[2].RegistrationId, records.Registrations[2].StudentId, course.Offering.Id, course.Offering.CourseId, Dv,
            new DateOnly(2025, 8, 20));
        records.Withdrawals.Add(withdrawal);
        await new RegistrationWithdrawnHandler(databases).HandleAsync(withdrawal, context, default);
        foreach (var (module, grade) in new[] { ((string?)"0001", "VG"), (null, "G") })
        {
            var result = new ResultAttested(
                Guid.CreateVersion7(), records.Registrations[1].StudentId, records.Registrations[1].RegistrationId, course.Offering.CourseId, "5DV300",
                course.Version.Id, module, Dv, grade, true, 7.5m, new DateOnly(2025, 10, 20),
                new DateTimeOffset(2025, 10, 25, 23, 30, 0, TimeSpan.FromHours(-2)), "Reported");
            records.Attested.Add(result);
            await new ResultAttestedHandler(databases, catalogue, clock).HandleAsync(result, context, default);
        }
        var transfer = new ResultAttested(Guid.CreateVersion7(), records.Registrations[1].StudentId, null, course.Offering.CourseId, "5DV300",
            course.Version.Id, null, Dv,
            "G", true, 7.5m, new DateOnly(2025, 10, 1), new DateTimeOffset(2025, 10, 2, 9, 0, 0, TimeSpan.Zero), "CreditTransfer");
        records.Attested.Add(transfer);
        await new ResultAttestedHandler(databases, catalogue, clock).HandleAsync(transfer, context, default);
        var feePaying = new FeePayingRecorded(records.Registrations[1].StudentId, "HT2025", true, DateTimeOffset.UtcNow);
        records.FeePaying.Add(feePaying);
        await new FeePayingRecordedHandler(databases).HandleAsync(feePaying, context, default);
        var removal = new ResultRemoved(
            records.Attested[1].ResultId, records.Attested[1].StudentId, course.Offering.CourseId, null, true, 7.5m,
            new DateTimeOffset(2025, 11, 2, 9, 0, 0, TimeSpan.Zero));
        records.Removed.Add(removal);
        await new ResultRemovedHandler(databases, clock).HandleAsync(removal, context, default);
        var fromEvents = await SnapshotAsync();

        var counts = await new ReadModelRebuild(databases, records, catalogue, clock, NullLogger<ReadModelRebuild>.Instance)
            .RunAsync(IProgressSteps.None, default);

        Assert.Equal((3, 3), counts);
        Assert.Equal(fromEvents, await SnapshotAsync());
        // The columns reports read beside the figures are in the comparison: the term, module code and grade.
        // HT2025: the three registrations' term and the fee-paying term.
        Assert.Equal(4, fromEvents.Count(row => row.Contains("HT2025", StringComparison.Ordinal)));
        Assert.Single(fromEvents, row => row.Contains("0001", StringComparison.Ordinal) && row.Contains("VG", StringComparison.Ordinal));
        Assert.Equal(2, fromEvents.Count(row =>
            row.Contains("NaturalSciences", StringComparison.Ordinal) || row.Contains("Technology", StringComparison.Ordinal)));
        // The offering's pace, study form and place, on each registration.
        Assert.Equal(3, fromEvents.Count(row =>
            row.Contains(",50,", StringComparison.Ordinal) && row.Contains(",Skellefteå", StringComparison.Ordinal)
            && row.Contains(",Distance", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_rebuild_after_the_upgrade_brings_the_offerings_pace_study_form_and_place_the_migration_could_not_know()
    {
        var course = catalogue.Course("5DV303", Dv, 7.5m, new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 31), pacePercent: 25,
            studyForm: "Distance", place: "Lycksele");
        var registration = new RegistrationRecorded(Guid.CreateVersion7(), Guid.NewGuid(), course.Offering.Id, course.Offering.CourseId, "5DV303", Dv,
            "HT2025", "FirstTime", DateTimeOffset.UtcNow);
        records.Registrations.Add(registration);
        await new RegistrationRecordedHandler(databases, catalogue).HandleAsync(
            registration, new IntegrationEventContext(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1), default);
        // What migration OfferingAttributesForScb gives a registration already in the read model.
        await database.ExecuteAsync("UPDATE reporting.registrations SET pace_percent = 100, study_form = 'Campus', place = ''");

        await new ReadModelRebuild(databases, records, catalogue, clock, NullLogger<ReadModelRebuild>.Instance).RunAsync(IProgressSteps.None, default);

        Assert.Equal(1L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM reporting.registrations WHERE pace_percent = 25 AND study_form = 'Distance' AND place = 'Lycksele'"));
    }

    [Fact]
    public async Task A_rebuild_after_the_change_gives_the_new_figures()
    {
        // A read model written by the earlier rules: the FFG on a course over two terms covering the whole offering, a credit
        // transfer counting for HPR, a contract-education course counted. The rebuild applies today's rules to the same events.
        var twoTerms = catalogue.Course("5DV301", Dv, 30m, new DateOnly(2025, 9, 3), new DateOnly(2026, 6, 29));
        var contract = catalogue.Course("5DV302", Dv, 15m, new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 21), financingForm: "ContractEducation");
        var context = new IntegrationEventContext(Guid.CreateVersion7(), DateTimeOffset.UtcNow, 1);
        foreach (var course in new[] { twoTerms, contract })
        {
            var registration = new RegistrationRecorded(Guid.CreateVersion7(), Guid.NewGuid(), course.Offering.Id, course.Offering.CourseId,
                course.Offering.CourseCode, Dv,
                course.Offering.Term.ToString(), "FirstTime", DateTimeOffset.UtcNow);
            records.Registrations.Add(registration);
            await new RegistrationRecordedHandler(databases, catalogue).HandleAsync(registration, context, default);
        }
        var transfer = new ResultAttested(Guid.CreateVersion7(), Guid.NewGuid(), null, twoTerms.Offering.CourseId, "5DV301", twoTerms.Version.Id, null, Dv,
            "G", true, 30m, new DateOnly(2026, 2, 1), new DateTimeOffset(2026, 2, 2, 9, 0, 0, TimeSpan.Zero), "CreditTransfer");
        records.Attested.Add(transfer);
        await new ResultAttestedHandler(databases, catalogue, clock).HandleAsync(transfer, context, default);
        await database.ExecuteAsync("""
            UPDATE reporting.registrations SET covers_to = end_date, financing_form = 'Ordinary';
            UPDATE reporting.results SET counts_for_hpr = true;
            """);
        var permissions = new FakePermissions(catalogue);
        permissions.Grant("reader", ReportingPolicies.Read, Dv);
        var reader = new FullTimeEquivalentsReader(new ReadReplica<ReportingDbContext>(databases), catalogue, permissions);
        async Task<(decimal Hst, decimal Hpr)> FiguresAsync(int year)
        {
            var row = Assert.Single((await reader.ReadAsync(new FteQuery(year, null, null, null, [], "reader"), default)).Value!);
            return (row.Hst, row.Hpr);
        }

        // Before, by study weeks (44, 17 of them in 2025): 2025 = 30 × 17/44 + 15 = 26.59 hp, 0.443; 2026 = 30 × 27/44 = 18.41 hp,
        // 0.307, and the transfer's 30 hp, 0.5.
        Assert.Equal((0.443m, 0m), await FiguresAsync(2025));
        Assert.Equal((0.307m, 0.5m), await FiguresAsync(2026));

        await new ReadModelRebuild(databases, records, catalogue, clock, NullLogger<ReadModelRebuild>.Instance).RunAsync(IProgressSteps.None, default);

        // After: the FFG's autumn share only (to 18 January, 20 weeks): 30 × 17/44 = 11.59 hp in 2025, 0.193, and its 3 January
        // weeks, 30 × 3/44 = 2.05 hp, 0.034, in 2026; no spring share without an FO; no contract education; no transfer.
        Assert.Equal((0.193m, 0m), await FiguresAsync(2025));
        Assert.Equal((0.034m, 0m), await FiguresAsync(2026));
    }

    /// <summary>Every row of both tables, every column, as text, in a stable order.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        await using var command = dataSource.CreateCommand("""
            SELECT r::text FROM reporting.registrations r
            UNION ALL SELECT x::text FROM reporting.results x
            UNION ALL SELECT a::text FROM reporting.course_areas a
            UNION ALL SELECT f::text FROM reporting.fee_paying_terms f
            ORDER BY 1
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
