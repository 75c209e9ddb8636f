using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>A study administrator of the course's department adds a reporting or attesting right.</summary>
public sealed class GrantCourseRightHandler(IDbContextFactory<PermissionsDbContext> databases, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
{
    public async Task<Outcome<CourseRight>> HandleAsync(GrantCourseRightCommand command, CancellationToken cancellationToken)
    {
        var course = await catalogue.GetCourseAsync(command.CourseCode, cancellationToken);
        if (course is null) return DomainError.NotFound($"There is no course {command.CourseCode}.", "input", "courseCode");

        var grants = await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken);
        if (!await rights.AllowsAtAsync(grants, PermissionPolicies.GrantCourseRights, course.DepartmentId, cancellationToken))
        {
            return new DomainError(ErrorCode.Forbidden, $"Only a study administrator of the department that gives {course.Code} adds rights on it.", ["input", "courseCode"]);
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs(command.By.UserId, clock);
        if (!await db.Users.AnyAsync(u => u.UserId == command.UserId, cancellationToken))
        {
            return DomainError.NotFound($"There is no user {command.UserId}; they appear once they have signed in.", "input", "userId");
        }

        if (await db.CourseRights.AnyAsync(r => r.UserId == command.UserId && r.CourseId == course.Id && r.Kind == command.Kind && r.RevokedAt == null, cancellationToken))
        {
            return DomainError.Conflict($"{command.UserId} already has the {command.Kind.ToString().ToLowerInvariant()} right on {course.Code}.", "input", "kind");
        }

        var right = new CourseRight(command.UserId, command.Kind, course.Id, course.Code, command.By.UserId, clock.GetUtcNow());
        db.CourseRights.Add(right);
        return await db.TrySaveAsync(DomainError.Conflict($"{command.UserId} already has this right on {course.Code}.", "input", "kind"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<CourseRight>.Success(right);
    }
}
