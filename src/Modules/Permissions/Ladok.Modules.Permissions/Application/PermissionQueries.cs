using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>The Permissions module's answer to other modules.</summary>
public sealed class PermissionQueries(CallerRights rights, IDbContextFactory<PermissionsDbContext> databases) : IPermissionQueries
{
    public async Task<bool> HasFunctionAtAsync(string userId, string policy, Guid organisationUnitId, CancellationToken cancellationToken) =>
        await rights.AllowsAtAsync(await rights.ActiveGrantsOfAsync(userId, cancellationToken), policy, organisationUnitId, cancellationToken);

    public async Task<bool> HasFunctionAnywhereAsync(string userId, string policy, CancellationToken cancellationToken) =>
        (await rights.ActiveGrantsOfAsync(userId, cancellationToken)).Any(g => g.Functions.Contains(policy));

    public async Task<bool> HasCourseRightAsync(string userId, CourseRightKind kind, Guid courseId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.CourseRights.AnyAsync(r => r.UserId == userId && r.Kind == kind && r.CourseId == courseId && r.RevokedAt == null, cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> CoursesWithRightAsync(string userId, CourseRightKind kind, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.CourseRights.Where(r => r.UserId == userId && r.Kind == kind && r.RevokedAt == null)
            .Select(r => r.CourseId).Distinct().ToListAsync(cancellationToken);
    }
}
