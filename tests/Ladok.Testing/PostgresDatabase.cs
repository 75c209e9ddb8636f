using Ladok.LocalPostgres;
using Npgsql;
using Xunit;

namespace Ladok.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster with one fresh database, for one test class (an xunit class
/// fixture). The cluster and its folder are gone after the class.
/// </summary>
public class PostgresDatabase : IAsyncLifetime
{
    private LocalPostgresCluster? cluster;

    public string DatabaseName { get; } = "t_" + Guid.NewGuid().ToString("N")[..16];

    public LocalPostgresCluster Cluster => cluster ?? throw new InvalidOperationException("The cluster has not started.");

    public string ConnectionString => Cluster.ConnectionString(DatabaseName);

    public virtual async Task InitializeAsync()
    {
        cluster = await LocalPostgresCluster.StartThrowawayAsync();
        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
        await create.ExecuteNonQueryAsync();
    }

    public virtual async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (cluster is not null) await cluster.DisposeAsync();
    }

    /// <summary>Runs SQL against the test database, for setting up what a test reads.</summary>
    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a scalar SQL query against the test database, for asserting what was stored.</summary>
    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
