using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>Finds the student a sign-in names, by identity number or stored principal name; one indexed query each.</summary>
public sealed class StudentSignIn(IDbContextFactory<RecordsDbContext> databases, TimeProvider clock) : IStudentSignIn
{
    public async Task<SignedInStudent?> FindByIdentityNumberAsync(string identityNumber, CancellationToken cancellationToken)
    {
        // A number that does not parse names nobody; the century of a ten-digit one is decided as everywhere else, by today.
        if (!IdentityNumber.TryParse(identityNumber, isInterim: false, RecordsRules.Today(clock), out var number, out _)) return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Students.AsNoTracking().Where(s => s.IdentityNumber == number.Value)
            .Select(s => new SignedInStudent(s.Id, s.IdentityNumber, s.PrincipalName))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<SignedInStudent?> FindByPrincipalNameAsync(string principalName, CancellationToken cancellationToken)
    {
        var normalised = principalName.Trim().ToLowerInvariant();
        if (normalised.Length == 0) return null;
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Students.AsNoTracking().Where(s => s.PrincipalName == normalised)
            .Select(s => new SignedInStudent(s.Id, s.IdentityNumber, s.PrincipalName))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
