using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>Ansök: a user applies for a profile at a unit.</summary>
public sealed class ApplyForPermissionHandler(IUnitOfWork<PermissionsDbContext> unit, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
    : ICommandHandler<ApplyForPermissionCommand, PermissionApplication>
{
    public async Task<Outcome<PermissionApplication>> HandleAsync(ApplyForPermissionCommand command, CancellationToken cancellationToken)
    {
        await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken); // records the user on a first sign-in
        var db = unit.Db;

        if (!await db.Profiles.AnyAsync(p => p.Code == command.ProfileCode, cancellationToken))
        {
            return DomainError.Of(PermissionReasons.ProfileNotFound, nameof(command.ProfileCode), command.ProfileCode);
        }

        var where = await catalogue.GetOrganisationUnitAsync(command.OrganisationUnitCode, cancellationToken);
        if (where is null)
        {
            return DomainError.Of(KernelReasons.OrganisationUnitNotFound, nameof(command.OrganisationUnitCode), command.OrganisationUnitCode);
        }
        if (string.IsNullOrWhiteSpace(command.Motivation)) return DomainError.Of(PermissionReasons.MotivationMissing, nameof(command.Motivation));

        var pending = DomainError.Of(PermissionReasons.ApplicationPending, nameof(command.ProfileCode), command.ProfileCode, where.Code);
        if (await db.Applications.AnyAsync(a => a.UserId == command.By.UserId && a.ProfileCode == command.ProfileCode
                && a.OrganisationUnitId == where.Id && a.Status == ApplicationStatus.Pending, cancellationToken))
        {
            return pending;
        }

        if (await db.Grants.AnyAsync(g => g.UserId == command.By.UserId && g.ProfileCode == command.ProfileCode
                && g.OrganisationUnitId == where.Id && g.EndedAt == null, cancellationToken))
        {
            return DomainError.Of(PermissionReasons.PermissionHeld, nameof(command.ProfileCode), command.By.UserId, command.ProfileCode, where.Code);
        }

        var application = new PermissionApplication(command.By.UserId, command.ProfileCode, where.Id, where.Code, command.Motivation.Trim(), clock.GetUtcNow());
        db.Applications.Add(application);
        // The unique key answers the same form sent twice at once, which the look-up above cannot see.
        unit.OnDuplicate(pending);
        return Outcome<PermissionApplication>.Success(application);
    }
}
