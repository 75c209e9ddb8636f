using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Whose results <c>resultsAwaitingAttestation</c> lists.</summary>
public enum AttestationScope
{
    /// <summary>Ready results naming the attestant at mark-ready (who are notified; they may have had the right then).</summary>
    NamedMe,

    /// <summary>What the attestant may decide: on the courses where they hold the attesting right, and credit transfers they may decide.</summary>
    AllIMayAttest,
}

/// <summary>What waits for an attestant.</summary>
public enum AttestationKind
{
    /// <summary>A ready result or credit transfer, to attest or reject.</summary>
    Result,

    /// <summary>An attested result whose removal was requested, to attest the removal of.</summary>
    RemovalRequest,
}

/// <summary>Which of the attestant's queue to list: a null scope is both scopes, as the list was before it had scopes.</summary>
public sealed record AttestationCriteria(AttestationScope? Scope, IReadOnlyCollection<AttestationKind> Kinds, string? CourseCode, Guid? OfferingId)
{
    public static AttestationCriteria Results(AttestationScope scope) => new(scope, [AttestationKind.Result], null, null);

    public static AttestationCriteria RemovalRequests(AttestationScope scope) => new(scope, [AttestationKind.RemovalRequest], null, null);
}

/// <summary>
/// The results an attestant may decide: ready results on the courses where they hold the attesting right, credit transfers
/// at the departments where they decide them when the university chose so, and those naming them at mark-ready (who are
/// notified, and may have had the right when they were named); and, when asked for, removal requests on the same courses
/// and transfers (removal requests name no examiner, so <see cref="AttestationScope.NamedMe"/> has none). Oldest first.
/// </summary>
public sealed class ResultsAwaitingAttestation(IDbContextFactory<RecordsDbContext> databases, IPermissionQueries permissions, CourseRights rights)
{
    public Task<Connection<Result>> ForAsync(string attestant, PageRequest page, CancellationToken cancellationToken) =>
        ForAsync(attestant, new AttestationCriteria(null, [AttestationKind.Result], null, null), page, cancellationToken);

    /// <summary>How many <see cref="ForAsync(string, AttestationCriteria, PageRequest, CancellationToken)"/> lists: its <c>totalCount</c>.</summary>
    public async Task<int> CountAsync(string attestant, AttestationCriteria criteria, CancellationToken cancellationToken) =>
        (await ForAsync(attestant, criteria, new PageRequest(0, false, null, null), cancellationToken)).TotalCount ?? 0;

    public async Task<Connection<Result>> ForAsync(string attestant, AttestationCriteria criteria, PageRequest page, CancellationToken cancellationToken)
    {
        var courses = await permissions.CoursesWithRightAsync(attestant, CourseRightKind.Attest, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var results = criteria.Kinds.Contains(AttestationKind.Result);
        var removals = criteria.Kinds.Contains(AttestationKind.RemovalRequest);
        var waiting = db.Results.Where(r => (results && r.Status == ResultStatus.Ready) || (removals && r.Status == ResultStatus.RemovalRequested));
        if (criteria.CourseCode?.Trim().ToUpperInvariant() is { } courseCode) waiting = waiting.Where(r => r.CourseCode == courseCode);
        if (criteria.OfferingId is { } offeringId) waiting = waiting.Where(r => r.OfferingId == offeringId);

        var transferDepartments = new List<Guid>();
        var transfer = await waiting.Where(r => r.Origin == ResultOrigin.CreditTransfer).FirstOrDefaultAsync(cancellationToken);
        if (transfer is not null && rights.DecidedByDepartment(transfer))
        {
            // Few departments have transfers waiting: one question per department, not per result.
            var departments = await waiting.Where(r => r.Origin == ResultOrigin.CreditTransfer).Select(r => r.DepartmentId).Distinct()
                .ToListAsync(cancellationToken);
            foreach (var department in departments)
            {
                if (await permissions.HasFunctionAtAsync(attestant, RecordsPolicies.Attest, department, cancellationToken)) transferDepartments.Add(department);
            }
        }

        var named = criteria.Scope != AttestationScope.AllIMayAttest;
        var mayAttest = criteria.Scope != AttestationScope.NamedMe;
        return await waiting
            .Where(r => (named && r.Status == ResultStatus.Ready && r.Examiners.Contains(attestant))
                || (mayAttest && (courses.Contains(r.CourseId) || (r.Origin == ResultOrigin.CreditTransfer && transferDepartments.Contains(r.DepartmentId)))))
            .ToConnectionAsync(r => r.Id.ToString(), page, cancellationToken);
    }
}
