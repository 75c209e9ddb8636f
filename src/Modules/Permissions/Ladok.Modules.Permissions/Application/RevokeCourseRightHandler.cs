using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>A study administrator of the course's department revokes a reporting or attesting right.</summary>
public sealed class RevokeCourseRightHandler(IUnitOfWork<PermissionsDbContext> unit, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
    : ICommandHandler<RevokeCourseRightCommand, CourseRight>
{
    public async Task<Outcome<CourseRight>> HandleAsync(RevokeCourseRightCommand command, CancellationToken cancellationToken)
    {
        var right = await unit.Db.CourseRights.SingleOrDefaultAsync(r => r.Id == command.CourseRightId, cancellationToken);
        if (right is null) return DomainError.Of(PermissionReasons.CourseRightNotFound, nameof(command.CourseRightId));

        var course = await catalogue.GetCourseAsync(right.CourseCode, cancellationToken);
        var grants = await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken);
        if (course is null || !await rights.AllowsAtAsync(grants, PermissionPolicies.GrantCourseRights, course.DepartmentId, cancellationToken))
        {
            return DomainError.Of(PermissionReasons.NotCourseRightsRevoker, nameof(command.CourseRightId), right.CourseCode);
        }

        return right.Revoke(command.By.UserId, command.Reason, clock.GetUtcNow()) is { } refused ? refused : Outcome<CourseRight>.Success(right);
    }
}
