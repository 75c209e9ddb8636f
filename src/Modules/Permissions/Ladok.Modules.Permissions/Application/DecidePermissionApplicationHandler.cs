using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>The decided application, and the permission its approval granted.</summary>
public sealed record PermissionDecision(PermissionApplication Application, Grant? Grant);

/// <summary>
/// The prefekt of the unit (or an administrator above it) approves or rejects. Approval checks
/// the university's prerequisites first and names what is missing.
/// </summary>
public sealed class DecidePermissionApplicationHandler(
    IUnitOfWork<PermissionsDbContext> unit, CallerRights rights, RequiredTrainings requiredTrainings, TimeProvider clock)
    : ICommandHandler<DecidePermissionApplicationCommand, PermissionDecision>
{
    public async Task<Outcome<PermissionDecision>> HandleAsync(DecidePermissionApplicationCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken);
        if (application is null) return DomainError.NotFound("There is no such application.", nameof(command.ApplicationId));
        if (application.UserId == command.By.UserId)
        {
            return DomainError.Forbidden("Nobody decides their own application; another prefekt or an administrator must.", nameof(command.ApplicationId));
        }

        var grants = await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken);
        if (!await rights.AllowsAtAsync(grants, PermissionPolicies.Decide, application.OrganisationUnitId, cancellationToken))
        {
            return DomainError.Forbidden(
                $"Only the prefekt of {application.OrganisationUnitCode} or an administrator decides this application.", nameof(command.ApplicationId));
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (command.ValidTo < today) return DomainError.Validation($"The last day ({command.ValidTo:yyyy-MM-dd}) has already passed.", nameof(command.ValidTo));

        if (command.Approve && application.Status == ApplicationStatus.Pending)
        {
            var missing = await MissingTrainingsAsync(application, now, cancellationToken);
            if (missing.Count > 0)
            {
                var message = $"{application.UserId} has not completed {string.Join(", ", missing)}, which {application.ProfileCode} requires. "
                    + "Approve again once it is recorded.";
                return DomainError.Validation(message, nameof(command.ApplicationId));
            }
        }

        if (application.Decide(command.Approve, command.By.UserId, command.Reason, now) is { } refused) return refused;

        Grant? grant = null;
        if (command.Approve)
        {
            grant = new Grant(application.UserId, application.ProfileCode, application.OrganisationUnitId, application.OrganisationUnitCode,
                today, command.By.UserId, now, application.Id, command.ValidTo);
            db.Grants.Add(grant);
            // Two deciders at once: the one active grant per user, profile and unit is a unique key.
            unit.OnDuplicate(DomainError.Conflict(
                $"{application.UserId} already holds {application.ProfileCode} at {application.OrganisationUnitCode}.", nameof(command.ApplicationId)));
        }

        return Outcome<PermissionDecision>.Success(new PermissionDecision(application, grant));
    }

    private async Task<List<string>> MissingTrainingsAsync(PermissionApplication application, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var required = await requiredTrainings.OfAsync(application.UserId, application.ProfileCode, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        return required.Where(r => !r.Completed).Select(r => r.Training is { } known ? $"{known.NameSv} ({r.Code})" : r.Code).ToList();
    }
}
