using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// The results an attestant may decide: ready results on the courses where they hold the attesting right, credit transfers
/// at the departments where they decide them when the university chose so, and those naming them at mark-ready (who are
/// notified, and may have had the right when they were named). Oldest first.
/// </summary>
public sealed class ResultsAwaitingAttestation(IDbContextFactory<RecordsDbContext> databases, IPermissionQueries permissions, CourseRights rights)
{
    public async Task<Connection<Result>> ForAsync(string attestant, PageRequest page, CancellationToken cancellationToken)
    {
        var courses = await permissions.CoursesWithRightAsync(attestant, CourseRightKind.Attest, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var ready = db.Results.Where(r => r.Status == ResultStatus.Ready);

        var transferDepartments = new List<Guid>();
        var transfer = await ready.Where(r => r.Origin == ResultOrigin.CreditTransfer).FirstOrDefaultAsync(cancellationToken);
        if (transfer is not null && rights.DecidedByDepartment(transfer))
        {
            // Few departments have transfers waiting: one question per department, not per result.
            var departments = await ready.Where(r => r.Origin == ResultOrigin.CreditTransfer).Select(r => r.DepartmentId).Distinct()
                .ToListAsync(cancellationToken);
            foreach (var department in departments)
            {
                if (await permissions.HasFunctionAtAsync(attestant, RecordsPolicies.Attest, department, cancellationToken)) transferDepartments.Add(department);
            }
        }

        return await ready
            .Where(r => r.Examiners.Contains(attestant) || courses.Contains(r.CourseId)
                || (r.Origin == ResultOrigin.CreditTransfer && transferDepartments.Contains(r.DepartmentId)))
            .ToConnectionAsync(r => r.Id.ToString(), page, cancellationToken);
    }
}
