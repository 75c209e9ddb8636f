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
        if (application is null) return DomainError.Of(PermissionReasons.ApplicationNotFound, nameof(command.ApplicationId));
        if (application.UserId == command.By.UserId)
        {
            return DomainError.Of(PermissionReasons.OwnApplication, nameof(command.ApplicationId));
        }

        var grants = await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken);
        if (!await rights.AllowsAtAsync(grants, PermissionPolicies.Decide, application.OrganisationUnitId, cancellationToken))
        {
            return DomainError.Of(PermissionReasons.NotDeciderAtUnit, nameof(command.ApplicationId), application.OrganisationUnitCode);
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (command.ValidTo < today) return DomainError.Of(PermissionReasons.LastDayPassed, nameof(command.ValidTo), command.ValidTo);

        if (command.Approve && application.Status == ApplicationStatus.Pending)
        {
            var missing = await MissingTrainingsAsync(application, now, cancellationToken);
            if (missing.Count > 0)
            {
                var trainings = new Wording(string.Join(", ", missing.Select(m => m.Swedish)), string.Join(", ", missing.Select(m => m.English)));
                return DomainError.Of(PermissionReasons.TrainingMissing, nameof(command.ApplicationId), application.UserId, trainings, application.ProfileCode);
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
            unit.OnDuplicate(DomainError.Of(PermissionReasons.PermissionHeld, nameof(command.ApplicationId),
                application.UserId, application.ProfileCode, application.OrganisationUnitCode));
        }

        return Outcome<PermissionDecision>.Success(new PermissionDecision(application, grant));
    }

    /// <summary>The required trainings the applicant has not completed, each named in Swedish and English with its code.</summary>
    private async Task<List<Wording>> MissingTrainingsAsync(PermissionApplication application, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var required = await requiredTrainings.OfAsync(application.UserId, application.ProfileCode, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        return required.Where(r => !r.Completed)
            .Select(r => r.Training is { } known ? new Wording($"{known.NameSv} ({r.Code})", $"{known.NameEn} ({r.Code})") : new Wording(r.Code, r.Code))
            .ToList();
    }
}
