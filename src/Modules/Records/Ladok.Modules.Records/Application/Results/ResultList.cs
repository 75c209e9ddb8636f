using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Which results <c>results</c> lists; a null criterion is left out.</summary>
public sealed record ResultCriteria(
    IReadOnlyList<ResultStatus>? Statuses, string? ReportedBy, string? CourseCode, Guid? OfferingId, string? ModuleCode)
{
    /// <summary>A reporter's results in some statuses: their drafts, say, or those rejected back to them.</summary>
    public static ResultCriteria ReportedByIn(string reporter, params ResultStatus[] statuses) => new(statuses, reporter, null, null, null);
}

/// <summary>What results can be sorted on.</summary>
public enum ResultOrderField
{
    ExaminationDate,
    ReportedAt,
    CourseCode,
    /// <summary>In the workflow's order, <see cref="ResultStatus"/>'s values.</summary>
    Status,
    LastName,
    FirstName,
}

/// <summary>A result with its student's names and its status's place in the workflow, for EF to filter and sort on.</summary>
public sealed class ResultRow
{
    public Result Result { get; init; } = null!;
    public string LastName { get; init; } = "";
    public string FirstName { get; init; } = "";
    public int Status { get; init; }
}

/// <summary>
/// Results as a list a reporter works through (their drafts, those rejected back to them), at the departments where the caller may
/// read records, as every read of a result: filtered and sorted in SQL, names in Swedish alphabetical order, the result's id breaking
/// ties. Without an order, oldest reported first.
/// </summary>
public sealed class ResultList(IDbContextFactory<RecordsDbContext> databases)
{
    public async Task<Connection<Result>> ListAsync(ResultCriteria criteria, IReadOnlyList<Ordering<ResultOrderField>> order,
        Func<Guid, Task<bool>> mayReadAt, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var results = db.Results.AsQueryable();
        if (criteria.Statuses is { } statuses)
        {
            var wanted = statuses.ToList();
            results = results.Where(r => wanted.Contains(r.Status));
        }
        if (criteria.ReportedBy is { } reporter) results = results.Where(r => r.ReportedBy == reporter);
        if (criteria.CourseCode?.Trim().ToUpperInvariant() is { } courseCode) results = results.Where(r => r.CourseCode == courseCode);
        if (criteria.OfferingId is { } offeringId) results = results.Where(r => r.OfferingId == offeringId);
        if (criteria.ModuleCode?.Trim() is { } moduleCode) results = results.Where(r => r.ModuleCode == moduleCode);

        // Departments own their results: the few departments among the matches are asked once each, then filtered in SQL.
        var readable = new List<Guid>();
        foreach (var department in await results.Select(r => r.DepartmentId).Distinct().ToListAsync(cancellationToken))
        {
            if (await mayReadAt(department)) readable.Add(department);
        }
        results = results.Where(r => readable.Contains(r.DepartmentId));

        var rows = from r in results
                   join s in db.Students on r.StudentId equals s.Id
                   select new ResultRow
                   {
                       Result = r,
                       LastName = s.LastName,
                       FirstName = s.FirstName,
                       Status = r.Status == ResultStatus.Draft ? 0 : r.Status == ResultStatus.Ready ? 1 : r.Status == ResultStatus.Rejected ? 2
                           : r.Status == ResultStatus.Attested ? 3 : r.Status == ResultStatus.RemovalRequested ? 4 : 5,
                   };
        IReadOnlyList<Ordering<ResultOrderField>> sorted = order.Count > 0
            ? order : [new Ordering<ResultOrderField> { Field = ResultOrderField.ReportedAt, Direction = OrderDirection.Ascending }];
        var connection = await rows.ToConnectionAsync(
            [.. sorted.Select(Key), SortKey.Code<ResultRow>(x => x.Result.Id.ToString(), OrderDirection.Ascending)], page, cancellationToken);
        return connection.Map(x => x.Result);
    }

    /// <summary>How many <see cref="ListAsync"/> lists: its <c>totalCount</c>.</summary>
    public async Task<int> CountAsync(ResultCriteria criteria, Func<Guid, Task<bool>> mayReadAt, CancellationToken cancellationToken) =>
        (await ListAsync(criteria, [], mayReadAt, new PageRequest(0, false, null, null), cancellationToken)).TotalCount ?? 0;

    private static SortKey<ResultRow> Key(Ordering<ResultOrderField> order) => order.Field switch
    {
        ResultOrderField.ExaminationDate => SortKey.Date<ResultRow>(x => x.Result.ExaminationDate, order.Direction),
        ResultOrderField.ReportedAt => SortKey.Instant<ResultRow>(x => x.Result.ReportedAt, order.Direction),
        ResultOrderField.CourseCode => SortKey.Code<ResultRow>(x => x.Result.CourseCode, order.Direction),
        ResultOrderField.Status => SortKey.Number<ResultRow>(x => x.Status, order.Direction),
        ResultOrderField.LastName => SortKey.Name<ResultRow>(x => x.LastName, order.Direction),
        _ => SortKey.Name<ResultRow>(x => x.FirstName, order.Direction),
    };
}
