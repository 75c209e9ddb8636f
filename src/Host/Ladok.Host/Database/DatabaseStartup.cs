using Ladok.Kernel.Modules;

namespace Ladok.Host.Database;

/// <summary>At start-up: the database, every module's migrations, then the demo university if switched on.</summary>
internal static class DatabaseStartup
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<LadokDatabase>().StartAsync(cancellationToken);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        foreach (var module in services.GetServices<IModuleDatabase>())
        {
            var pending = await module.GetPendingMigrationsAsync(cancellationToken);
            if (pending.Count > 0)
            {
                logger.LogInformation(
                    "Applying {Count} migration(s) to schema {Schema}: {Migrations}", pending.Count, module.Schema, string.Join(", ", pending));
            }

            // Also with nothing pending: migrating brings the module's reference data up to date
            // (standard permission profiles, the university's grading scales), which a new plugin
            // or another University:Code can change without a migration.
            await module.MigrateAsync(cancellationToken);
        }
    }

    public static async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        foreach (var seeder in services.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            if (await seeder.SeedAsync(cancellationToken))
            {
                logger.LogInformation("Seeded demo data: {Seeder}", seeder.GetType().Name);
            }
        }
    }
}
