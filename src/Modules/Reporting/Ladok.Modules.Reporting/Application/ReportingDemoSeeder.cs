using Ladok.Kernel.Modules;
using Ladok.Modules.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

/// <summary>
/// Demo data is seeded straight into the Records module's tables, without events; an empty read
/// model is therefore rebuilt from Records after the other seeders have run.
/// </summary>
public sealed class ReportingDemoSeeder(IDbContextFactory<ReportingDbContext> databases, ReadModelRebuild rebuild) : IDemoDataSeeder
{
    public int Order => 100;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Registrations.AnyAsync(cancellationToken) || await db.Results.AnyAsync(cancellationToken)) return false;
        }

        var (registrations, results) = await rebuild.RunAsync(IProgressSteps.None, cancellationToken);
        return registrations + results > 0;
    }
}
