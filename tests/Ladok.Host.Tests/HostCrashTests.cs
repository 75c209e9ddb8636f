using Ladok.Testing;
using Npgsql;

namespace Ladok.Host.Tests;

/// <summary>A host process killed with SIGKILL in the middle of a bulk write: nothing half-written, and a new one serves.</summary>
public sealed class HostCrashTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private const string Reporter = "lararedv";

    [Fact]
    public async Task A_host_killed_during_a_bulk_report_leaves_none_of_it_and_a_new_host_takes_the_batch()
    {
        BulkReport batch;
        await using (var first = await ServingHostProcess.StartAsync(database.ConnectionString))
        {
            batch = await BulkReport.PrepareAsync(database, "990801", rows: 300);
            var token = await first.TokenAsync(Reporter);
            await using var holder = await BulkReport.HoldResultsAsync(database.ConnectionString);
            var report = DatabaseFaultTests.PostAsync(first.Http, token,
                LadokHost.MutationDocument(BulkReport.Mutation, BulkReport.Selection), new { input = batch.Input });
            await BulkReport.WaitUntilCopyWaitsAsync(database.ConnectionString);

            await first.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => report);
            await holder.CloseAsync();
            // The killed host's session finds its client gone once it may go on, and its transaction ends, rolled back.
            await WaitUntilNoOpenTransactionAsync();
        }

        Assert.Equal((0L, 0L), await batch.WrittenAsync(database));

        await using var second = await ServingHostProcess.StartAsync(database.ConnectionString);
        var again = await DatabaseFaultTests.PostAsync(second.Http, await second.TokenAsync(Reporter),
            LadokHost.MutationDocument(BulkReport.Mutation, BulkReport.Selection), new { input = batch.Input });
        Assert.True(again.Status == 200 && again.Errors.Count == 0, again.Body?.ToJsonString());
        Assert.Equal(300, again.Data[BulkReport.Mutation]!["created"]!.GetValue<int>());
        Assert.Equal((1L, 300L), await batch.WrittenAsync(database));
    }

    private Task WaitUntilNoOpenTransactionAsync()
    {
        const string Others = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL";
        return Eventually.Async(async () =>
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString + ";Pooling=false");
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(Others, connection);
            return (long)(await command.ExecuteScalarAsync())! == 0;
        }, "the killed host's transaction to end", TimeSpan.FromMinutes(2));
    }
}
