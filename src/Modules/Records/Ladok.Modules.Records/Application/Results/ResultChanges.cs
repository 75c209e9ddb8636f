using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// One workflow step on many results, all or nothing: every result must exist, be at the version
/// the caller read and allow the step, and the caller must hold the course right on each course;
/// then the university's result rules may refuse (<c>thenCheck</c>). Otherwise every
/// refusal is returned, each at its result's field, and nothing changes.
/// </summary>
public sealed class ResultChanges(IUnitOfWork<RecordsDbContext> unit, CourseRights rights)
{
    public const int MaxResultsPerCall = 1000;

    /// <summary>The list of results a step on many names; refusals about the list as a whole are on it.</summary>
    private static readonly Field Results = Field.Of(nameof(MarkResultsReadyCommand.Results));

    /// <summary>Where a command on one result names it (every such command calls it <c>Result</c>).</summary>
    private static readonly Field One = Field.Of(nameof(DeleteResultCommand.Result));

    /// <summary>The step on one result; refusals about the result are on the command's <c>Result</c>.</summary>
    public async Task<Outcome<Result>> ApplyAsync(
        ResultRef result, CourseRightKind right, string by, Func<Result, Field, DomainError?> change, CancellationToken cancellationToken)
    {
        var changed = await ApplyAsync([result], _ => One, right, by, change, null, cancellationToken);
        return changed.Succeeded ? Outcome<Result>.Success(changed.Value![0]) : Outcome<Result>.Failure(changed.Errors);
    }

    /// <summary>The step on every result; refusals about one are on its row of <c>Results</c>.</summary>
    public Task<Outcome<IReadOnlyList<Result>>> ApplyAsync(
        IReadOnlyList<ResultRef> results, CourseRightKind right, string by, Func<Result, Field, DomainError?> change, CancellationToken cancellationToken,
        Func<IReadOnlyList<(Result Result, Field Field)>, Task<IReadOnlyList<DomainError>>>? thenCheck = null) =>
        ApplyAsync(results, Results.At, right, by, change, thenCheck, cancellationToken);

    private async Task<Outcome<IReadOnlyList<Result>>> ApplyAsync(
        IReadOnlyList<ResultRef> refs, Func<int, Field> fieldOf, CourseRightKind right, string by, Func<Result, Field, DomainError?> change,
        Func<IReadOnlyList<(Result Result, Field Field)>, Task<IReadOnlyList<DomainError>>>? thenCheck, CancellationToken cancellationToken)
    {
        if (refs.Count == 0) return DomainError.Validation("Name at least one result.", Results);
        if (refs.Count > MaxResultsPerCall) return DomainError.Validation($"At most {MaxResultsPerCall} results at a time; split the list.", Results);
        if (refs.Select(r => r.Id).Distinct().Count() != refs.Count) return DomainError.Validation("A result is named twice.", Results);

        var ids = refs.Select(r => r.Id).ToList();
        var results = await unit.Db.Results.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);

        // Rights first, so a caller without them learns nothing about the results' state.
        var errors = new List<DomainError>();
        foreach (var course in results.Values.DistinctBy(r => (r.CourseId, rights.DecidedByDepartment(r))))
        {
            if (await rights.RequireAsync(by, right, course, Results, cancellationToken) is { } forbidden) errors.Add(forbidden);
        }
        if (errors.Count > 0) return Outcome<IReadOnlyList<Result>>.Failure(errors);

        var changed = new List<(Result, Field)>(refs.Count);
        for (var i = 0; i < refs.Count; i++)
        {
            var field = fieldOf(i);
            if (!results.TryGetValue(refs[i].Id, out var result))
            {
                errors.Add(DomainError.NotFound("There is no such result.", field));
            }
            else if (result.RowVersion != refs[i].Version)
            {
                errors.Add(Stale(field));
            }
            else if (change(result, field) is { } refused)
            {
                errors.Add(refused);
            }
            else
            {
                changed.Add((result, field));
            }
        }
        // The rules see the results as the step leaves them; a refusal means nothing is saved.
        if (errors.Count == 0 && thenCheck is not null) errors.AddRange(await thenCheck(changed));
        if (errors.Count > 0) return Outcome<IReadOnlyList<Result>>.Failure(errors);

        SaveAtVersionsRead(refs, results);
        return Outcome<IReadOnlyList<Result>>.Success(refs.Select(r => results[r.Id]).ToList());
    }

    /// <summary>
    /// The save checks each result's version against the one the caller read, so a writer who came in between makes it a CONFLICT;
    /// another open result for the same module, reported meanwhile, breaks the unique key.
    /// </summary>
    public void SaveAtVersionsRead(IReadOnlyList<ResultRef> refs, IReadOnlyDictionary<Guid, Result> results)
    {
        foreach (var read in refs)
        {
            var entry = unit.Db.Entry(results[read.Id]);
            if (entry.State != EntityState.Deleted) entry.Property(r => r.RowVersion).OriginalValue = read.Version;
        }
        unit.OnDuplicate(DomainError.Conflict("Another result for the same module is already with the reporter or the examiner; edit that one.", Results));
    }

    /// <summary>The CONFLICT for a result read at an older version, on the <c>Version</c> beside <paramref name="result"/>.</summary>
    public static DomainError Stale(Field result) =>
        DomainError.Conflict("Someone else changed this result since you read it. Reload it and try again.", result.Then(nameof(ResultRef.Version)));
}
