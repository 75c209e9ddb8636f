using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Data;

internal static class RecordsDatabases
{
    /// <summary>A context whose saves are audited as made by <paramref name="actor"/> (a user id, or the seeder's name).</summary>
    public static async Task<RecordsDbContext> ActingAsAsync(
        this IDbContextFactory<RecordsDbContext> databases, string actor, TimeProvider clock, CancellationToken cancellationToken)
    {
        var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs(actor, clock);
        return db;
    }
}
