using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

public sealed class RevokeCourseRightHandler(IDbContextFactory<PermissionsDbContext> databases, ICatalogueQueries catalogue, CallerRights rights, TimeProvider clock)
{
    public async Task<Outcome<CourseRight>> HandleAsync(RevokeCourseRightCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ActAs(command.By.UserId, clock);
        var right = await db.CourseRights.SingleOrDefaultAsync(r => r.Id == command.CourseRightId, cancellationToken);
        if (right is null) return DomainError.NotFound("There is no such course right.", "input", "courseRightId");

        var course = await catalogue.GetCourseAsync(right.CourseCode, cancellationToken);
        var grants = await rights.ActiveGrantsAsync(command.By.UserId, command.By.Name, cancellationToken);
        if (course is null || !await rights.AllowsAtAsync(grants, PermissionPolicies.GrantCourseRights, course.DepartmentId, cancellationToken))
        {
            return new DomainError(ErrorCode.Forbidden, $"Only a study administrator of the department that gives {right.CourseCode} revokes rights on it.", ["input", "courseRightId"]);
        }

        var now = clock.GetUtcNow();
        if (right.Revoke(command.By.UserId, command.Reason, now) is { } refused) return refused;
        return await db.TrySaveAsync(DomainError.Conflict("This right changed meanwhile.", "input", "courseRightId"), cancellationToken) is { } conflict
            ? conflict
            : Outcome<CourseRight>.Success(right);
    }
}
