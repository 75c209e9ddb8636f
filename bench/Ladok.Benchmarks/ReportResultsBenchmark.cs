using BenchmarkDotNet.Attributes;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Domain;
using Ladok.Kernel.Auditing;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Ladok.Benchmarks;

/// <summary>
/// <c>reportResults</c> with 500 rows through <c>/graphql</c>: the first run (500 drafts created,
/// audited, in one transaction) and the idempotent re-run (the same batch again: 500 UNCHANGED,
/// nothing written), against the baseline of 500 rows inserted with one batched
/// <c>INSERT … SELECT FROM unnest(…)</c> into a copy of <c>records.results</c> with the same
/// indexes. One invocation per iteration: the first run and the baseline start each iteration
/// from an empty module (the iteration setup deletes the drafts, outside the measurement).
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(20)]
[InvocationCount(1)]
public class ReportResultsBenchmark
{
    private const string Reporter = "lararedv";

    private LadokHost host = null!;
    private NpgsqlDataSource dataSource = null!;
    private string token = null!;
    private Guid offeringUuid;
    private string offeringId = null!;
    private IReadOnlyList<string> studentIds = null!;
    private byte[] rerunBody = null!;
    private int iteration;

    // For the baseline: the registrations' ids, the students' and the constant facts of the module.
    private Guid[] registrationIds = null!;
    private Guid[] baselineStudentIds = null!;
    private List<Registration> registrations = null!;
    private (OfferingInfo Offering, CourseVersionInfo Version) target;
    private (Guid CourseId, Guid VersionId, Guid ModuleId, Guid DepartmentId, Guid ScaleId) facts;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = new LadokHost();
        await host.InitializeAsync();
        token = await host.TokenAsync(Reporter);
        dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        (offeringId, offeringUuid, studentIds) = await RecordsBenchmarkData.CreateAsync(host, dataSource, token);

        // The re-run's batch is stored once, on module 0002; every measured call sends it again.
        rerunBody = RecordsBenchmarkData.Body(RecordsBenchmarkData.ReportResults,
            new { input = RecordsBenchmarkData.Batch("rerun", offeringId, "0002", studentIds) });
        Expect(await RecordsBenchmarkData.SendAsync(host, token, rerunBody), "\"created\":500");

        await using (var command = dataSource.CreateCommand("CREATE SCHEMA bench; CREATE TABLE bench.results (LIKE records.results INCLUDING ALL);"))
        {
            await command.ExecuteNonQueryAsync();
        }

        var pairs = new List<(Guid Registration, Guid Student)>();
        await using (var command = dataSource.CreateCommand(
            "SELECT id, student_id FROM records.registrations WHERE offering_id = $1 ORDER BY registered_at, id"))
        {
            command.Parameters.AddWithValue(offeringUuid);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) pairs.Add((reader.GetGuid(0), reader.GetGuid(1)));
        }
        registrationIds = pairs.Select(r => r.Registration).ToArray();
        baselineStudentIds = pairs.Select(r => r.Student).ToArray();

        var databases = (IDbContextFactory<RecordsDbContext>)host.Services.GetService(typeof(IDbContextFactory<RecordsDbContext>))!;
        await using (var db = await databases.CreateDbContextAsync())
        {
            registrations = await db.Registrations.AsNoTracking().Where(r => r.OfferingId == offeringUuid).ToListAsync();
        }
        var targets = (ResultTargets)host.Services.GetService(typeof(ResultTargets))!;
        target = (await targets.OfferingAsync(offeringUuid, Field.Whole, default)).Value;

        await using (var command = dataSource.CreateCommand(
                         "SELECT course_id, course_version_id, module_id, department_id, grading_scale_id FROM records.results WHERE offering_id = $1 LIMIT 1"))
        {
            command.Parameters.AddWithValue(offeringUuid);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            facts = (reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetGuid(3), reader.GetGuid(4));
        }
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await dataSource.DisposeAsync();
        await host.DisposeAsync();
    }

    /// <summary>Empties module 0001 of the offering, and the baseline's table, so each first run reports 500 new drafts.</summary>
    [IterationSetup(Targets = new[] { nameof(FirstRun), nameof(HandWritten), nameof(HandlerFirstRun), nameof(SaveOnly) })]
    public void EmptyModule()
    {
        using (var command = dataSource.CreateCommand("DELETE FROM records.results WHERE offering_id = $1 AND module_code = '0001'"))
        {
            command.Parameters.AddWithValue(offeringUuid);
            command.ExecuteNonQuery();
        }
        using (var truncate = dataSource.CreateCommand("TRUNCATE bench.results")) truncate.ExecuteNonQuery();
    }

    [Benchmark(Baseline = true, Description = "500 rows, one INSERT … SELECT FROM unnest")]
    public async Task<int> HandWritten()
    {
        var count = registrationIds.Length;
        var ids = new Guid[count];
        var grades = new string[count];
        var passing = new bool[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = Guid.CreateVersion7();
            grades[i] = RecordsBenchmarkData.Grades[i % RecordsBenchmarkData.Grades.Length];
            passing[i] = grades[i] != "U";
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO bench.results (id, student_id, registration_id, offering_id, course_id, course_code, course_version_id, module_id, module_code,
                department_id, grading_scale_id, grade, is_passing, credits, examination_date, status, origin, examiners, reported_by, reported_at)
            SELECT r.id, r.student_id, r.registration_id, $4, $5, '5DV001', $6, $7, '0001', $8, $9, r.grade, r.is_passing, 4.5, DATE '2025-10-20',
                'Draft', 'Reported', '{}', 'lararedv', now()
            FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $10::text[], $11::boolean[]) AS r(id, student_id, registration_id, grade, is_passing)
            """);
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Uuid, ids);
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Uuid, baselineStudentIds);
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Uuid, registrationIds);
        command.Parameters.AddWithValue(offeringUuid);
        command.Parameters.AddWithValue(facts.CourseId);
        command.Parameters.AddWithValue(facts.VersionId);
        command.Parameters.AddWithValue(facts.ModuleId);
        command.Parameters.AddWithValue(facts.DepartmentId);
        command.Parameters.AddWithValue(facts.ScaleId);
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, grades);
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Boolean, passing);
        var inserted = await command.ExecuteNonQueryAsync();
        return inserted == count ? inserted : throw new InvalidOperationException($"Inserted {inserted} rows.");
    }

    /// <summary>A new exam sitting: a fresh key, 500 new drafts on module 0001.</summary>
    [Benchmark(Description = "POST /graphql reportResults, 500 rows, first run")]
    public async Task<int> FirstRun()
    {
        var body = RecordsBenchmarkData.Body(RecordsBenchmarkData.ReportResults,
            new { input = RecordsBenchmarkData.Batch($"first-{++iteration}", offeringId, "0001", studentIds) });
        return Expect(await RecordsBenchmarkData.SendAsync(host, token, body), "\"created\":500");
    }

    /// <summary>The first run without HTTP and GraphQL: the Records handler alone in the Kernel's pipeline (reads, rules, EF inserts, audit trail).</summary>
    [Benchmark(Description = "ReportResultsHandler alone, 500 rows, first run")]
    public async Task<int> HandlerFirstRun()
    {
        var pipeline = (CommandPipeline)host.Services.GetService(typeof(CommandPipeline))!;
        var rows = baselineStudentIds
            .Select((id, i) =>
                new ReportResultsRow(
                    id, null, new GradeEntry(RecordsBenchmarkData.Grades[i % RecordsBenchmarkData.Grades.Length], new DateOnly(2025, 10, 20), null)))
            .ToList();
        var outcome = await pipeline.RunAsync<ReportResultsCommand, IReadOnlyList<ReportedRow>>(
            new ReportResultsCommand($"handler-{++iteration}", offeringUuid, "0001", rows, Reporter), new Caller(Reporter), default);
        var created = outcome.Value?.Count(r => r.Outcome == ReportOutcome.Created) ?? 0;
        return created == rows.Count ? created
            : throw new InvalidOperationException($"Created {created}: {string.Join(" ", outcome.Errors.Select(e => e.Message))}");
    }

    /// <summary>
    /// What the first run writes, without its reads: 500 drafts made by <c>Result.Report</c> from
    /// registrations read before the measurement, written with their audit entries by COPY in one transaction.
    /// </summary>
    [Benchmark(Description = "500 × Result.Report + audited bulk insert (COPY)")]
    public async Task<int> SaveOnly()
    {
        var databases = (IDbContextFactory<RecordsDbContext>)host.Services.GetService(typeof(IDbContextFactory<RecordsDbContext>))!;
        await using var db = await databases.CreateDbContextAsync();
        db.ActAs(Reporter, TimeProvider.System);
        var module = target.Version.Modules.Single(m => m.Code == "0001");
        var drafts = new List<Result>(registrations.Count);
        for (var i = 0; i < registrations.Count; i++)
        {
            var entry = new GradeEntry(RecordsBenchmarkData.Grades[i % RecordsBenchmarkData.Grades.Length], new DateOnly(2025, 10, 20), null);
            drafts.Add(
                Result.Report(
                    ResultTargets.For(registrations[i], target.Offering, target.Version, module, []), entry, Reporter, TimeProvider.System,
                    Field.Whole).Value!);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.BulkInsertAsync(drafts, default);
        await transaction.CommitAsync();
        return drafts.Count;
    }

    /// <summary>The in-memory part of the save: 500 drafts added to a context and their audit entries built, nothing sent to PostgreSQL.</summary>
    [Benchmark(Description = "500 × Result.Report + audit entries built, no save")]
    public async Task<int> AuditInMemory()
    {
        var databases = (IDbContextFactory<RecordsDbContext>)host.Services.GetService(typeof(IDbContextFactory<RecordsDbContext>))!;
        await using var db = await databases.CreateDbContextAsync();
        var module = target.Version.Modules.Single(m => m.Code == "0001");
        for (var i = 0; i < registrations.Count; i++)
        {
            var entry = new GradeEntry(RecordsBenchmarkData.Grades[i % RecordsBenchmarkData.Grades.Length], new DateOnly(2025, 10, 20), null);
            db.Results.Add(
                Result.Report(
                    ResultTargets.For(registrations[i], target.Offering, target.Version, module, []), entry, Reporter, TimeProvider.System,
                    Field.Whole).Value!);
        }
        return db.RecordAuditTrail(Reporter, TimeProvider.System).Count;
    }

    /// <summary>The same batch sent again: every row UNCHANGED, nothing written.</summary>
    [Benchmark(Description = "POST /graphql reportResults, 500 rows, idempotent re-run")]
    public async Task<int> Rerun() =>
        Expect(await RecordsBenchmarkData.SendAsync(host, token, rerunBody), "\"unchanged\":500");

    private static int Expect(byte[] response, string fragment)
    {
        var text = System.Text.Encoding.UTF8.GetString(response);
        return text.Contains(fragment, StringComparison.Ordinal) ? response.Length
            : throw new InvalidOperationException($"Expected {fragment}: {text[..Math.Min(text.Length, 2000)]}");
    }
}
