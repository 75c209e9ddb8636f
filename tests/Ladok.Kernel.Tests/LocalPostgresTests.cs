using Ladok.LocalPostgres;
using Npgsql;

namespace Ladok.Kernel.Tests;

public sealed class LocalPostgresTests
{
    [Fact]
    public async Task A_throwaway_cluster_answers_on_loopback_and_is_gone_after_dispose()
    {
        string folder;
        int pid;
        await using (var cluster = await LocalPostgresCluster.StartThrowawayAsync())
        {
            await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT inet_server_addr()::text || ' ' || pg_backend_pid()", connection);
            var answer = (string)(await command.ExecuteScalarAsync())!;
            Assert.StartsWith("127.0.0.1", answer, StringComparison.Ordinal);
            folder = Path.GetDirectoryName(await DataDirectoryAsync(connection))!;
            pid = await PostmasterPidAsync(connection);
        }

        Assert.False(Directory.Exists(folder));
        Assert.False(IsRunning(pid));
    }

    [Fact]
    public async Task A_persistent_cluster_keeps_its_data_and_a_second_start_reuses_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ladok-persist-" + Guid.NewGuid().ToString("N")[..8]);
        var options = new LocalPostgresOptions { DataDirectory = folder };
        try
        {
            await using (var first = await LocalPostgresCluster.StartAsync(options))
            {
                await ExecuteAsync(first, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");

                // While it runs, another start in the same folder reuses the server instead of starting a second one.
                await using var reused = await LocalPostgresCluster.StartAsync(options);
                Assert.False(reused.Owned);
                Assert.Equal(first.Port, reused.Port);
            }

            await using var second = await LocalPostgresCluster.StartAsync(options);
            Assert.True(second.Owned);
            await using var connection = new NpgsqlConnection(second.ConnectionString("postgres"));
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT value FROM kept", connection);
            Assert.Equal("still here", await read.ExecuteScalarAsync());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Without_server_binaries_the_error_says_what_to_install_or_configure()
    {
        var empty = Directory.CreateTempSubdirectory("ladok-nobin-").FullName;
        try
        {
            var error = await Assert.ThrowsAsync<LocalPostgresException>(() =>
                LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = empty, BinDirectory = empty }));

            Assert.Contains("holds no initdb and postgres", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static async Task ExecuteAsync(LocalPostgresCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> DataDirectoryAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SHOW data_directory", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> PostmasterPidAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT pg_read_file('postmaster.pid')", connection);
        return int.Parse(((string)(await command.ExecuteScalarAsync())!).Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            return !System.Diagnostics.Process.GetProcessById(pid).HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
