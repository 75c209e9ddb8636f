using Ladok.Kernel.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ladok.Modules.Catalogue.Application;

internal static class SaveChanges
{
    /// <summary>Saves, turning a lost race (unique key or stale version) into a CONFLICT instead of a 500.</summary>
    public static async Task<DomainError?> TrySaveAsync(this DbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return DomainError.Conflict($"Someone else changed this {what} since you read it. Reload it and try again.", "input", "version");
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return DomainError.Conflict($"This {what} already exists.", "input");
        }
    }
}
