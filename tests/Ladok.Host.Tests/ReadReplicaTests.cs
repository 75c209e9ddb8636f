using Ladok.LocalPostgres;
using Ladok.Testing;
using Npgsql;

namespace Ladok.Host.Tests;

/// <summary>
/// Reporting's figures read from a streaming replica (<c>ConnectionStrings:LadokReadOnly</c>, made with
/// <c>pg_basebackup -R</c>), while every write and the read model's event handlers keep the primary.
/// </summary>
public sealed class ReadReplicaTests(ReadReplicaTests.HostWithReplica host) : IClassFixture<ReadReplicaTests.HostWithReplica>
{
    private const string Figures = "query($year: Int!) { fullTimeEquivalents(year: $year, courseCode: \"5DV004\") { hst hpr } }";

    [Fact]
    public async Task Figures_come_from_the_replica_and_lag_the_primary_for_as_long_as_its_replay_is_paused()
    {
        Assert.True(await OnReplicaAsync<bool>("SELECT pg_is_in_recovery()"));
        var before = await HstAsync();

        await PauseReplayAsync();
        try
        {
            // Writes go to the primary, so registering works while the replica stands still; the event reaches the read model there.
            var registrationId = await RegisterAsync(IdentityNumbers.Personal("980606123"));
            await Eventually.Async(async () =>
                await host.ScalarAsync<long>($"SELECT count(*) FROM reporting.registrations WHERE registration_id = '{registrationId}'") == 1,
                "the registration to reach the read model on the primary");

            Assert.Equal(0L, await OnReplicaAsync<long>($"SELECT count(*) FROM reporting.registrations WHERE registration_id = '{registrationId}'"));
            Assert.Equal(before, await HstAsync());
        }
        finally
        {
            await OnReplicaAsync<object>("SELECT pg_wal_replay_resume()");
        }

        // 5DV004 HT2025 runs 3 November 2025 to 18 January 2026: 11 study weeks, 8 of them in 2025; 7.5 × 8/11 ÷ 60 = 0.0909 HST.
        await Eventually.Async(async () => await HstAsync() > before, "the replica to show the new HST");
        Assert.InRange(await HstAsync() - before, 0.090m, 0.092m);
    }

    private async Task<decimal> HstAsync()
    {
        var response = await host.PostAsync(Figures, new { year = 2025 }, "prefdv");
        Assert.Empty(response.Errors);
        return Assert.Single(response.Data["fullTimeEquivalents"]!.AsArray())!["hst"]!.GetValue<decimal>();
    }

    private async Task<Guid> RegisterAsync(string identityNumber)
    {
        var offering = await host.PostAsync("{ offering(courseCode: \"5DV004\", term: \"HT2025\") { id } }", user: "ladokadm");
        var student = (await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber, firstName = "Replica", lastName = "Student" }, "stadmdv"))["student"]!;
        var registration = (await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = student["id"]!.GetValue<string>(), offeringId = offering.Data["offering"]!["id"]!.GetValue<string>() },
            "stadmdv"))["registration"]!;
        return Kernel.GraphQL.Relay.GlobalId.TryParse(registration["id"]!.GetValue<string>(), out var id) ? id.Value.Id : throw new InvalidOperationException();
    }

    /// <summary>Asks the replica to stop replaying WAL and waits until it has.</summary>
    private async Task PauseReplayAsync()
    {
        await OnReplicaAsync<object>("SELECT pg_wal_replay_pause()");
        await Eventually.Async(
            async () => await OnReplicaAsync<string>("SELECT pg_get_wal_replay_pause_state()") == "paused", "the replica to pause its replay");
    }

    private async Task<T> OnReplicaAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(host.Replica.ConnectionString(host.DatabaseName) + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The host on its throwaway cluster, with a streaming replica of it as <c>ConnectionStrings:LadokReadOnly</c>.</summary>
    public sealed class HostWithReplica : LadokHost
    {
        private LocalPostgresCluster? replica;

        public LocalPostgresCluster Replica => replica ?? throw new InvalidOperationException("The replica has not started.");

        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["ConnectionStrings:LadokReadOnly"] = Replica.ConnectionString(DatabaseName) };

        protected override async Task BeforeHostStartsAsync() => replica = await Cluster.StartStreamingReplicaAsync();

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            if (replica is not null) await replica.DisposeAsync();
        }
    }
}
