using System.Security.Claims;
using Ladok.Kernel.Auditing;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>
/// The audit trail of a grant, application or course right, for <c>auditTrail</c>. Only
/// administrators (who hold <see cref="PermissionPolicies.ManageUsers"/>) read it: it shows every
/// decision at every unit. A holder sees their own object's steps in its <c>history</c>.
/// </summary>
public sealed class PermissionsAuditTrail(IDbContextFactory<PermissionsDbContext> databases, GrantPolicyEvaluator policies) : IAuditTrailSource
{
    public IReadOnlyCollection<string> SubjectTypes { get; } = [nameof(Grant), nameof(PermissionApplication), nameof(CourseRight)];

    public async Task<Outcome<Connection<AuditEntry>>> TrailAsync(
        string subjectType, Guid subjectId, ClaimsPrincipal caller, PageRequest page, CancellationToken cancellationToken)
    {
        if (!(await policies.EvaluateAsync(PermissionPolicies.ManageUsers, caller, cancellationToken)).Allowed)
        {
            return DomainError.Of(PermissionReasons.TrailNotFound, "subjectId", subjectType);
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return Outcome<Connection<AuditEntry>>.Success(await db.TrailAsync(subjectType, subjectId, page, cancellationToken));
    }
}
