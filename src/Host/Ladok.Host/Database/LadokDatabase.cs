using Ladok.Host.Composition;
using Ladok.LocalPostgres;
using Npgsql;

namespace Ladok.Host.Database;

/// <summary>
/// The database the host runs on: <c>ConnectionStrings:Ladok</c> when set, otherwise (where
/// <c>LocalPostgres:Enabled</c>) the embedded local cluster, started or reused on first use.
/// </summary>
internal sealed class LadokDatabase(IConfiguration configuration, ILogger<LadokDatabase> logger) : IAsyncDisposable
{
    public const string DatabaseName = "ladok";

    private LocalPostgresCluster? embedded;
    private NpgsqlDataSource? dataSource;

    public NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("The database has not been started; call StartAsync first.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (dataSource is not null) return;

        var connectionString = configuration.GetConnectionString("Ladok");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (!configuration.GetValue<bool>("LocalPostgres:Enabled"))
            {
                throw new StartupException(
                    "ConnectionStrings:Ladok is not set. Point it at your PostgreSQL server, or set LocalPostgres:Enabled=true to run an embedded local cluster (the Development default).");
            }

            embedded = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions
            {
                DataDirectory = configuration["LocalPostgres:DataDirectory"] is { Length: > 0 } folder ? folder : LocalPostgresOptions.DefaultDataDirectory(),
                BinDirectory = configuration["LocalPostgres:BinDirectory"],
            }, logger, cancellationToken);
            await EnsureDatabaseAsync(embedded.ConnectionString("postgres"), cancellationToken);
            connectionString = embedded.ConnectionString(DatabaseName);
        }

        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    private static async Task EnsureDatabaseAsync(string maintenanceConnection, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnection);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{DatabaseName}'", connection);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (dataSource is not null) await dataSource.DisposeAsync();
        if (embedded is not null) await embedded.DisposeAsync();
    }
}
