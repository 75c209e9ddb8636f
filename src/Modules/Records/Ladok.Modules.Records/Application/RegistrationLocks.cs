using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Serialises the writes on one registration (study breaks, dropouts, withdrawals): its row lock
/// makes a second writer wait, so two overlapping breaks cannot both pass the check.
/// </summary>
public static class RegistrationLocks
{
    /// <summary>The registration with its study breaks, its row locked until the open transaction ends.</summary>
    public static async Task<Registration?> LockAsync(RecordsDbContext db, Guid registrationId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM records.registrations WHERE id = {registrationId} FOR UPDATE", cancellationToken);
        return await db.Registrations.Include(r => r.StudyBreaks).SingleOrDefaultAsync(r => r.Id == registrationId, cancellationToken);
    }
}
