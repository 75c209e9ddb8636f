using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>Ansök: a user applies for a profile at a unit.</summary>
public sealed class ApplyForPermissionHandler(IDbContextFactory<PermissionsDbContext> databases, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
{
    public async Task<Outcome<PermissionApplication>> HandleAsync(ApplyForPermissionCommand command, CancellationToken cancellationToken)
    {
        await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken); // records the user on a first sign-in
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs(command.By.UserId, clock);

        if (!await db.Profiles.AnyAsync(p => p.Code == command.ProfileCode, cancellationToken))
        {
            return DomainError.NotFound($"There is no permission profile {command.ProfileCode}.", "input", "profileCode");
        }

        var unit = await catalogue.GetOrganisationUnitAsync(command.OrganisationUnitCode, cancellationToken);
        if (unit is null) return DomainError.NotFound($"There is no organisation unit {command.OrganisationUnitCode}.", "input", "organisationUnitCode");
        if (string.IsNullOrWhiteSpace(command.Motivation)) return DomainError.Validation("Say why you need the permission.", "input", "motivation");

        if (await db.Applications.AnyAsync(a => a.UserId == command.By.UserId && a.ProfileCode == command.ProfileCode
                && a.OrganisationUnitId == unit.Id && a.Status == ApplicationStatus.Pending, cancellationToken))
        {
            return DomainError.Conflict($"You already have a pending application for {command.ProfileCode} at {unit.Code}.", "input", "profileCode");
        }

        if (await db.Grants.AnyAsync(g => g.UserId == command.By.UserId && g.ProfileCode == command.ProfileCode
                && g.OrganisationUnitId == unit.Id && g.EndedAt == null, cancellationToken))
        {
            return DomainError.Conflict($"You already hold {command.ProfileCode} at {unit.Code}.", "input", "profileCode");
        }

        var application = new PermissionApplication(command.By.UserId, command.ProfileCode, unit.Id, unit.Code, command.Motivation.Trim(), clock.GetUtcNow());
        db.Applications.Add(application);
        return await db.TrySaveAsync(DomainError.Conflict($"You already have a pending application for {command.ProfileCode} at {unit.Code}.", "input", "profileCode"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<PermissionApplication>.Success(application);
    }
}
