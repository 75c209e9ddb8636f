using Ladok.Kernel.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ladok.Kernel.Data;

public static class SaveChanges
{
    /// <summary>The CONFLICT for a row that changed since the caller read it: on the command's <c>Version</c>.</summary>
    public static DomainError StaleVersion { get; } =
        DomainError.Of(KernelReasons.StaleVersion, "Version");

    /// <summary>
    /// Saves, turning a lost race into a CONFLICT instead of a 500: <paramref name="duplicate"/> when
    /// another writer took a unique key first (without one, the violation is thrown), a stale-version error when the row
    /// changed since it was read.
    /// </summary>
    public static async Task<DomainError?> TrySaveAsync(this DbContext db, DomainError? duplicate, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleVersion;
        }
        catch (DbUpdateException e) when (IsUniqueViolation(e) && duplicate is not null)
        {
            return duplicate;
        }
    }

    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
