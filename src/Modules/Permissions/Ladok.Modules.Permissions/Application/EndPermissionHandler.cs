using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>Avsluta: the holder, the unit's prefekt or an administrator ends a permission.</summary>
public sealed class EndPermissionHandler(IDbContextFactory<PermissionsDbContext> databases, CallerRights rights, TimeProvider clock)
{
    public async Task<Outcome<Grant>> HandleAsync(EndPermissionCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs(command.By.UserId, clock);
        var grant = await db.Grants.SingleOrDefaultAsync(g => g.Id == command.GrantId, cancellationToken);
        if (grant is null) return DomainError.NotFound("There is no such permission.", "input", "grantId");

        if (grant.UserId != command.By.UserId
            && !await rights.AllowsAtAsync(await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken), PermissionPolicies.Decide, grant.OrganisationUnitId, cancellationToken))
        {
            return new DomainError(ErrorCode.Forbidden, $"Only the holder, the prefekt of {grant.OrganisationUnitCode} or an administrator ends this permission.", ["input", "grantId"]);
        }

        var now = clock.GetUtcNow();
        if (grant.End(command.By.UserId, command.Reason, now) is { } refused) return refused;
        return await db.TrySaveAsync(DomainError.Conflict("This permission changed meanwhile.", "input", "grantId"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<Grant>.Success(grant);
    }
}
