using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>Who holds or held an identity number: a number is one person's, now or before, and is never given to another student.</summary>
public static class IdentityNumberHolders
{
    /// <summary>
    /// The CONFLICT when a student other than <paramref name="studentId"/> has or had <paramref name="identityNumber"/>; null when it is free.
    /// </summary>
    public static async Task<DomainError?> TakenByAnotherAsync(
        RecordsDbContext db, string identityNumber, Guid? studentId, Field field, CancellationToken cancellationToken)
    {
        if (await db.Students.AnyAsync(s => s.IdentityNumber == identityNumber && s.Id != studentId, cancellationToken))
        {
            return DomainError.Of(RecordsReasons.IdentityNumberTaken, field, identityNumber);
        }

        return await db.FormerIdentityNumbers.AnyAsync(f => f.IdentityNumber == identityNumber && f.StudentId != studentId, cancellationToken)
            ? DomainError.Of(RecordsReasons.IdentityNumberReplaced, field, identityNumber)
            : null;
    }
}
