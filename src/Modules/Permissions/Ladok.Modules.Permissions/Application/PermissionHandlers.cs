using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>Ansök: a user applies for a profile at a unit.</summary>
public sealed class ApplyForPermissionHandler(IDbContextFactory<PermissionsDbContext> databases, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
{
    public async Task<Outcome<PermissionApplication>> HandleAsync(Caller caller, ApplyForPermissionCommand command, CancellationToken cancellationToken)
    {
        await rights.ActiveGrantsAsync(caller.UserId, caller.Name, cancellationToken); // records the user on a first sign-in
        await using var db = await databases.CreateDbContextAsync(cancellationToken);

        if (!await db.Profiles.AnyAsync(p => p.Code == command.ProfileCode, cancellationToken))
        {
            return DomainError.NotFound($"There is no permission profile {command.ProfileCode}.", "input", "profileCode");
        }

        var unit = await catalogue.GetOrganisationUnitAsync(command.OrganisationUnitCode, cancellationToken);
        if (unit is null) return DomainError.NotFound($"There is no organisation unit {command.OrganisationUnitCode}.", "input", "organisationUnitCode");
        if (string.IsNullOrWhiteSpace(command.Motivation)) return DomainError.Validation("Say why you need the permission.", "input", "motivation");

        if (await db.Applications.AnyAsync(a => a.UserId == caller.UserId && a.ProfileCode == command.ProfileCode
                && a.OrganisationUnitId == unit.Id && a.Status == ApplicationStatus.Pending, cancellationToken))
        {
            return DomainError.Conflict($"You already have a pending application for {command.ProfileCode} at {unit.Code}.", "input", "profileCode");
        }

        if (await db.Grants.AnyAsync(g => g.UserId == caller.UserId && g.ProfileCode == command.ProfileCode
                && g.OrganisationUnitId == unit.Id && g.EndedAt == null, cancellationToken))
        {
            return DomainError.Conflict($"You already hold {command.ProfileCode} at {unit.Code}.", "input", "profileCode");
        }

        var application = new PermissionApplication(caller.UserId, command.ProfileCode, unit.Id, unit.Code, command.Motivation.Trim(), clock.GetUtcNow());
        db.Applications.Add(application);
        db.AuditEntries.Add(new AuditEntry(application.Id, "applied", caller.UserId, application.SubmittedAt, application.Motivation));
        return await db.TrySaveAsync(DomainError.Conflict($"You already have a pending application for {command.ProfileCode} at {unit.Code}.", "input", "profileCode"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<PermissionApplication>.Success(application);
    }
}

/// <summary>
/// The prefekt of the unit (or an administrator above it) approves or rejects. Approval checks
/// the university's prerequisites first and names what is missing.
/// </summary>
public sealed class DecidePermissionApplicationHandler(
    IDbContextFactory<PermissionsDbContext> databases, CallerRights rights, IPermissionPrerequisites prerequisites, ITrainingQueries training, TimeProvider clock)
{
    public async Task<Outcome<(PermissionApplication Application, Grant? Grant)>> HandleAsync(Caller caller, DecidePermissionApplicationCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken);
        if (application is null) return DomainError.NotFound("There is no such application.", "input", "applicationId");
        if (application.UserId == caller.UserId)
        {
            return new DomainError(ErrorCode.Forbidden, "Nobody decides their own application; another prefekt or an administrator must.", ["input", "applicationId"]);
        }

        var grants = await rights.ActiveGrantsAsync(caller.UserId, caller.Name, cancellationToken);
        if (!await rights.AllowsAtAsync(grants, PermissionPolicies.Decide, application.OrganisationUnitId, cancellationToken))
        {
            return new DomainError(ErrorCode.Forbidden, $"Only the prefekt of {application.OrganisationUnitCode} or an administrator decides this application.", ["input", "applicationId"]);
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (command.ValidTo < today)
        {
            return DomainError.Validation($"The last day ({command.ValidTo:yyyy-MM-dd}) has already passed.", "input", "validTo");
        }

        if (command.Approve && application.Status == ApplicationStatus.Pending)
        {
            var missing = await MissingTrainingsAsync(application, now, cancellationToken);
            if (missing.Count > 0)
            {
                return DomainError.Validation(
                    $"{application.UserId} has not completed {string.Join(", ", missing)}, which {application.ProfileCode} requires. Approve again once it is recorded.",
                    "input", "applicationId");
            }
        }

        if (application.Decide(command.Approve, caller.UserId, command.Reason, now) is { } refused) return refused;

        db.AuditEntries.Add(new AuditEntry(application.Id, command.Approve ? "approved" : "rejected", caller.UserId, now, command.Reason));
        Grant? grant = null;
        if (command.Approve)
        {
            grant = new Grant(application.UserId, application.ProfileCode, application.OrganisationUnitId, application.OrganisationUnitCode,
                today, caller.UserId, now, application.Id, command.ValidTo);
            db.Grants.Add(grant);
            db.AuditEntries.Add(new AuditEntry(grant.Id, "granted", caller.UserId, now, $"application {application.Id}"));
        }

        return await db.TrySaveAsync(DomainError.Conflict($"{application.UserId} already holds {application.ProfileCode} at {application.OrganisationUnitCode}.", "input", "applicationId"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<(PermissionApplication, Grant?)>.Success((application, grant));
    }

    private async Task<List<string>> MissingTrainingsAsync(PermissionApplication application, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var required = prerequisites.RequiredTrainingCodes(application.ProfileCode);
        if (required.Count == 0) return [];

        var completed = await training.CompletedTrainingCodesAsync(application.UserId, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        var names = (await training.TrainingsAsync(cancellationToken)).ToDictionary(t => t.Code, t => t.NameSv);
        return required.Where(code => !completed.Contains(code)).Select(code => names.TryGetValue(code, out var name) ? $"{name} ({code})" : code).ToList();
    }
}

/// <summary>Avsluta: the holder, the unit's prefekt or an administrator ends a permission.</summary>
public sealed class EndPermissionHandler(IDbContextFactory<PermissionsDbContext> databases, CallerRights rights, TimeProvider clock)
{
    public async Task<Outcome<Grant>> HandleAsync(Caller caller, EndPermissionCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var grant = await db.Grants.SingleOrDefaultAsync(g => g.Id == command.GrantId, cancellationToken);
        if (grant is null) return DomainError.NotFound("There is no such permission.", "input", "grantId");

        if (grant.UserId != caller.UserId
            && !await rights.AllowsAtAsync(await rights.ActiveGrantsAsync(caller.UserId, caller.Name, cancellationToken), PermissionPolicies.Decide, grant.OrganisationUnitId, cancellationToken))
        {
            return new DomainError(ErrorCode.Forbidden, $"Only the holder, the prefekt of {grant.OrganisationUnitCode} or an administrator ends this permission.", ["input", "grantId"]);
        }

        var now = clock.GetUtcNow();
        if (grant.End(caller.UserId, command.Reason, now) is { } refused) return refused;

        db.AuditEntries.Add(new AuditEntry(grant.Id, "ended", caller.UserId, now, command.Reason));
        return await db.TrySaveAsync(DomainError.Conflict("This permission changed meanwhile.", "input", "grantId"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<Grant>.Success(grant);
    }
}

/// <summary>A study administrator of the course's department adds a reporting or attesting right.</summary>
public sealed class GrantCourseRightHandler(IDbContextFactory<PermissionsDbContext> databases, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
{
    public async Task<Outcome<CourseRight>> HandleAsync(Caller caller, GrantCourseRightCommand command, CancellationToken cancellationToken)
    {
        var course = await catalogue.GetCourseAsync(command.CourseCode, cancellationToken);
        if (course is null) return DomainError.NotFound($"There is no course {command.CourseCode}.", "input", "courseCode");

        var grants = await rights.ActiveGrantsAsync(caller.UserId, caller.Name, cancellationToken);
        if (!await rights.AllowsAtAsync(grants, PermissionPolicies.GrantCourseRights, course.DepartmentId, cancellationToken))
        {
            return new DomainError(ErrorCode.Forbidden, $"Only a study administrator of the department that gives {course.Code} adds rights on it.", ["input", "courseCode"]);
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.UserId == command.UserId, cancellationToken))
        {
            return DomainError.NotFound($"There is no user {command.UserId}; they appear once they have signed in.", "input", "userId");
        }

        if (await db.CourseRights.AnyAsync(r => r.UserId == command.UserId && r.CourseId == course.Id && r.Kind == command.Kind && r.RevokedAt == null, cancellationToken))
        {
            return DomainError.Conflict($"{command.UserId} already has the {command.Kind.ToString().ToLowerInvariant()} right on {course.Code}.", "input", "kind");
        }

        var right = new CourseRight(command.UserId, command.Kind, course.Id, course.Code, caller.UserId, clock.GetUtcNow());
        db.CourseRights.Add(right);
        db.AuditEntries.Add(new AuditEntry(right.Id, "course right granted", caller.UserId, right.GrantedAt, null));
        return await db.TrySaveAsync(DomainError.Conflict($"{command.UserId} already has this right on {course.Code}.", "input", "kind"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<CourseRight>.Success(right);
    }
}

public sealed class RevokeCourseRightHandler(IDbContextFactory<PermissionsDbContext> databases, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
{
    public async Task<Outcome<CourseRight>> HandleAsync(Caller caller, RevokeCourseRightCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var right = await db.CourseRights.SingleOrDefaultAsync(r => r.Id == command.CourseRightId, cancellationToken);
        if (right is null) return DomainError.NotFound("There is no such course right.", "input", "courseRightId");

        var course = await catalogue.GetCourseAsync(right.CourseCode, cancellationToken);
        var grants = await rights.ActiveGrantsAsync(caller.UserId, caller.Name, cancellationToken);
        if (course is null || !await rights.AllowsAtAsync(grants, PermissionPolicies.GrantCourseRights, course.DepartmentId, cancellationToken))
        {
            return new DomainError(ErrorCode.Forbidden, $"Only a study administrator of the department that gives {right.CourseCode} revokes rights on it.", ["input", "courseRightId"]);
        }

        var now = clock.GetUtcNow();
        if (right.Revoke(caller.UserId, command.Reason, now) is { } refused) return refused;

        db.AuditEntries.Add(new AuditEntry(right.Id, "course right revoked", caller.UserId, now, command.Reason));
        return await db.TrySaveAsync(DomainError.Conflict("This right changed meanwhile.", "input", "courseRightId"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<CourseRight>.Success(right);
    }
}

/// <summary>An administrator records a user before their first sign-in, so rights can be prepared for them.</summary>
public sealed class CreateUserHandler(IDbContextFactory<PermissionsDbContext> databases, TimeProvider clock)
{
    public async Task<Outcome<User>> HandleAsync(Caller caller, CreateUserCommand command, CancellationToken cancellationToken)
    {
        var userId = command.UserId.Trim();
        if (userId.Length is 0 or > 64) return DomainError.Validation("A user id is 1 to 64 characters: the university identity, such as the Umu-id.", "input", "userId");
        if (string.IsNullOrWhiteSpace(command.Name)) return DomainError.Validation("A name is required.", "input", "name");

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(u => u.UserId == userId, cancellationToken)) return DomainError.Conflict($"The user {userId} already exists.", "input", "userId");

        var user = new User(userId, command.Name.Trim(), caller.UserId, clock.GetUtcNow());
        db.Users.Add(user);
        db.AuditEntries.Add(new AuditEntry(user.Id, "user created", caller.UserId, user.CreatedAt, null));
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<User>.Success(user);
    }
}
