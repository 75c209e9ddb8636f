using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>A study administrator of the course's department adds a reporting or attesting right.</summary>
public sealed class GrantCourseRightHandler(IUnitOfWork<PermissionsDbContext> unit, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
    : ICommandHandler<GrantCourseRightCommand, CourseRight>
{
    public async Task<Outcome<CourseRight>> HandleAsync(GrantCourseRightCommand command, CancellationToken cancellationToken)
    {
        var course = await catalogue.GetCourseAsync(command.CourseCode, cancellationToken);
        if (course is null) return DomainError.Of(PermissionReasons.CourseNotFound, nameof(command.CourseCode), command.CourseCode);

        var grants = await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken);
        if (!await rights.AllowsAtAsync(grants, PermissionPolicies.GrantCourseRights, course.DepartmentId, cancellationToken))
        {
            return DomainError.Of(PermissionReasons.NotCourseRightsAdministrator, nameof(command.CourseCode), course.Code);
        }

        var db = unit.Db;
        if (!await db.Users.AnyAsync(u => u.UserId == command.UserId, cancellationToken))
        {
            return DomainError.Of(PermissionReasons.UserNotFound, nameof(command.UserId), command.UserId);
        }

        if (await db.CourseRights.AnyAsync(
                r => r.UserId == command.UserId && r.CourseId == course.Id && r.Kind == command.Kind && r.RevokedAt == null, cancellationToken))
        {
            return DomainError.Of(PermissionReasons.CourseRightHeld, nameof(command.Kind), command.UserId, PermissionReasons.Right(command.Kind), course.Code);
        }

        var right = new CourseRight(command.UserId, command.Kind, course.Id, course.Code, command.By.UserId, clock.GetUtcNow());
        db.CourseRights.Add(right);
        unit.OnDuplicate(
            DomainError.Of(PermissionReasons.CourseRightHeld, nameof(command.Kind), command.UserId, PermissionReasons.Right(command.Kind), course.Code));
        return Outcome<CourseRight>.Success(right);
    }
}
