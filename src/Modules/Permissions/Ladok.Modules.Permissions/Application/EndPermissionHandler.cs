using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>Avsluta: the holder, the unit's prefekt or an administrator ends a permission.</summary>
public sealed class EndPermissionHandler(IUnitOfWork<PermissionsDbContext> unit, CallerRights rights, TimeProvider clock)
    : ICommandHandler<EndPermissionCommand, Grant>
{
    public async Task<Outcome<Grant>> HandleAsync(EndPermissionCommand command, CancellationToken cancellationToken)
    {
        var grant = await unit.Db.Grants.SingleOrDefaultAsync(g => g.Id == command.GrantId, cancellationToken);
        if (grant is null) return DomainError.Of(PermissionReasons.PermissionNotFound, nameof(command.GrantId));

        if (grant.UserId != command.By.UserId
            && !await rights.AllowsAtAsync(await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken),
                PermissionPolicies.Decide, grant.OrganisationUnitId, cancellationToken))
        {
            return DomainError.Of(PermissionReasons.NotAllowedToEnd, nameof(command.GrantId), grant.OrganisationUnitCode);
        }

        return grant.End(command.By.UserId, command.Reason, clock.GetUtcNow()) is { } refused ? refused : Outcome<Grant>.Success(grant);
    }
}
