using System.Globalization;
using Ladok.Testing;
using Npgsql;

namespace Ladok.Host.Tests;

/// <summary>
/// A reportResults batch of hundreds of rows on 5DV003 HT2025 (module 0002, U/G), for the tests that cut one off
/// mid-write; and the lock that holds it at its COPY so the cut comes after its first write and before its commit.
/// </summary>
internal sealed record BulkReport(string Key, string LastName, object Input)
{
    public const string Mutation = "reportResults";
    public const string Selection = "created errors { code }";

    /// <summary>
    /// <paramref name="rows"/> new students (first name <c>Bulk</c>, last name <c>Batch</c> and the prefix) registered on 5DV003 HT2025 straight in the tables
    /// of <paramref name="database"/>, which holds the demo university, and a batch reporting G on module 0002 for each.
    /// </summary>
    public static async Task<BulkReport> PrepareAsync(PostgresDatabase database, string datePrefix, int rows)
    {
        var numbers = Enumerable.Range(1, rows).Select(i => IdentityNumbers.Personal(datePrefix + (100 + i).ToString(CultureInfo.InvariantCulture))).ToList();
        var offeringId = await database.ScalarAsync<Guid>("""
            SELECT o.id FROM catalogue.offerings o JOIN catalogue.course_versions v ON v.id = o.course_version_id JOIN catalogue.courses c ON c.id = v.course_id
            WHERE c.code = '5DV003' AND o.code = '10001'
            """);
        var lastName = "Batch " + datePrefix;
        var values = string.Join(", ", numbers.Select((n, i) => $"('19{n.Replace("-", "", StringComparison.Ordinal)}', {i})"));
        await database.ExecuteAsync($"""
            INSERT INTO records.students (id, identity_number, kind, first_name, last_name, created_at, created_by)
            SELECT gen_random_uuid(), v.number, 'Personal', 'Bulk', '{lastName}', now(), 'test' FROM (VALUES {values}) v(number, i);
            INSERT INTO records.registrations
                (id, student_id, offering_id, course_id, course_code, department_id, offering_code, term, kind, registered_at, registered_by)
            SELECT gen_random_uuid(), s.id, '{offeringId}', (SELECT id FROM catalogue.courses WHERE code = '5DV003'), '5DV003',
                   (SELECT id FROM catalogue.organisation_units WHERE code = 'DV'), '10001', 'HT2025', 'FirstTime', now(), 'test'
            FROM records.students s WHERE s.first_name = 'Bulk' AND s.last_name = '{lastName}';
            """);
        var key = $"5DV003-HT2025-0002-{datePrefix}";
        return new BulkReport(key, lastName, new
        {
            idempotencyKey = key,
            offeringId = Kernel.GraphQL.Relay.GlobalId.Encode("CourseOffering", offeringId),
            moduleCode = "0002",
            rows = numbers.Select(n => new { identityNumber = n, grade = "G", examinationDate = "2025-10-30" }).ToArray(),
        });
    }

    /// <summary>What the batch left: its key's row and its results, which must be both or neither.</summary>
    public async Task<(long Batches, long Results)> WrittenAsync(PostgresDatabase database) => (
        await database.ScalarAsync<long>($"SELECT count(*) FROM records.result_batches WHERE idempotency_key = '{Key}'"),
        await database.ScalarAsync<long>($"""
            SELECT count(*) FROM records.results r JOIN records.students s ON s.id = r.student_id
            WHERE s.first_name = 'Bulk' AND s.last_name = '{LastName}' AND r.module_code = '0002'
            """));

    /// <summary>A transaction holding SHARE on records.results: reads go on, the report's COPY waits.</summary>
    public static async Task<NpgsqlConnection> HoldResultsAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("BEGIN; LOCK TABLE records.results IN SHARE MODE;", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Polls pg_stat_activity, with a generous deadline, until a COPY into records.results waits on a lock.</summary>
    public static Task WaitUntilCopyWaitsAsync(string connectionString)
    {
        const string Waiting = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'COPY \"records\".\"results\"%'";
        return Eventually.Async(async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(Waiting, connection);
            return (long)(await command.ExecuteScalarAsync())! > 0;
        }, "the report to reach its COPY into records.results", TimeSpan.FromMinutes(2));
    }
}
