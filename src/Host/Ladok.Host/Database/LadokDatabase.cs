using Ladok.Host.Composition;
using Ladok.LocalPostgres;
using Npgsql;

namespace Ladok.Host.Database;

/// <summary>
/// The database the host runs on: <c>ConnectionStrings:Ladok</c> when set, otherwise (where
/// <c>LocalPostgres:Enabled</c>) the embedded local cluster, started or reused on first use. On
/// the embedded cluster each university has its own database (<c>ladok_umu</c>, <c>ladok_kth</c>),
/// so switching <c>University:Code</c> shows that university's demo data, not the last one's.
/// <c>ConnectionStrings:LadokReadOnly</c>, when set, is a read replica for the read paths that may be a little stale.
/// </summary>
internal sealed class LadokDatabase(IConfiguration configuration, ILogger<LadokDatabase> logger) : IAsyncDisposable
{
    private const string DatabaseNamePrefix = "ladok";

    private LocalPostgresCluster? embedded;
    private NpgsqlDataSource? dataSource;
    private NpgsqlDataSource? readOnlyDataSource;

    public NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("The database has not been started; call StartAsync first.");

    /// <summary>The read replica when <c>ConnectionStrings:LadokReadOnly</c> is set, otherwise the primary.</summary>
    public NpgsqlDataSource ReadOnlyDataSource => readOnlyDataSource ?? DataSource;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (dataSource is not null) return;

        var connectionString = configuration.GetConnectionString("Ladok");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (!configuration.GetValue<bool>("LocalPostgres:Enabled"))
            {
                throw new StartupException(
                    "ConnectionStrings:Ladok is not set. Point it at your PostgreSQL server, or set LocalPostgres:Enabled=true to run an embedded " +
                    "local cluster (the Development default).");
            }

            embedded = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions
            {
                DataDirectory = configuration["LocalPostgres:DataDirectory"] is { Length: > 0 } folder ? folder : LocalPostgresOptions.DefaultDataDirectory(),
                BinDirectory = configuration["LocalPostgres:BinDirectory"],
            }, logger, cancellationToken);
            var database = EmbeddedDatabaseName(configuration["University:Code"]);
            await EnsureDatabaseAsync(embedded.ConnectionString("postgres"), database, cancellationToken);
            connectionString = embedded.ConnectionString(database);
        }

        dataSource = NpgsqlDataSource.Create(connectionString);
        if (configuration.GetConnectionString("LadokReadOnly") is { Length: > 0 } readOnly)
        {
            readOnlyDataSource = NpgsqlDataSource.Create(readOnly);
        }
    }

    /// <summary><c>ladok_</c> and the university code in lower case, letters and digits only; <c>ladok</c> without a code.</summary>
    public static string EmbeddedDatabaseName(string? universityCode)
    {
        var code = new string((universityCode ?? "").ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        return code.Length == 0 ? DatabaseNamePrefix : $"{DatabaseNamePrefix}_{code}";
    }

    private static async Task EnsureDatabaseAsync(string maintenanceConnection, string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(maintenanceConnection);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // The name is letters, digits and underscores only (EmbeddedDatabaseName), so it is safe to splice in.
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (readOnlyDataSource is not null) await readOnlyDataSource.DisposeAsync();
        if (dataSource is not null) await dataSource.DisposeAsync();
        if (embedded is not null) await embedded.DisposeAsync();
    }
}
