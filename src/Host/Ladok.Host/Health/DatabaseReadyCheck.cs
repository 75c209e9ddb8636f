using Ladok.Host.Database;
using Ladok.Kernel.Modules;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Ladok.Host.Health;

/// <summary>Ready when the database answers and every module's migrations are applied.</summary>
internal sealed class DatabaseReadyCheck(LadokDatabase database, IEnumerable<IModuleDatabase> modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using (var command = database.DataSource.CreateCommand("SELECT 1"))
            {
                await command.ExecuteScalarAsync(cancellationToken);
            }

            foreach (var module in modules)
            {
                var pending = await module.GetPendingMigrationsAsync(cancellationToken);
                if (pending.Count > 0)
                {
                    return HealthCheckResult.Unhealthy($"Schema {module.Schema} has {pending.Count} migration(s) not applied; run the host's `migrate` verb.");
                }
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", e);
        }
    }
}
