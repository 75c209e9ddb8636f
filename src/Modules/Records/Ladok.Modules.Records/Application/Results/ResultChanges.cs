using System.Globalization;
using Ladok.Kernel.Data;
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
/// refusal is returned, each with the index of its result, and nothing changes.
/// </summary>
internal static class ResultChanges
{
    public const int MaxResultsPerCall = 1000;

    public static async Task<Outcome<IReadOnlyList<Result>>> ApplyAsync(
        RecordsDbContext db, CourseRights rights, IReadOnlyList<ResultRef> refs, CourseRightKind right, string by,
        Func<Result, string[], DomainError?> change, CancellationToken cancellationToken, bool single = false,
        Func<IReadOnlyList<(Result Result, string[] Path)>, Task<IReadOnlyList<DomainError>>>? thenCheck = null)
    {
        if (refs.Count == 0) return DomainError.Validation("Name at least one result.", "input", "results");
        if (refs.Count > MaxResultsPerCall) return DomainError.Validation($"At most {MaxResultsPerCall} results at a time; split the list.", "input", "results");
        if (refs.Select(r => r.Id).Distinct().Count() != refs.Count) return DomainError.Validation("A result is named twice.", "input", "results");

        var ids = refs.Select(r => r.Id).ToList();
        var results = await db.Results.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);

        // Rights first, so a caller without them learns nothing about the results' state.
        var errors = new List<DomainError>();
        foreach (var course in results.Values.DistinctBy(r => r.CourseId))
        {
            if (await rights.RequireAsync(by, right, course.CourseId, course.CourseCode, cancellationToken, "input", "results") is { } forbidden) errors.Add(forbidden);
        }
        if (errors.Count > 0) return Outcome<IReadOnlyList<Result>>.Failure(errors);

        var changed = new List<(Result, string[])>(refs.Count);
        for (var i = 0; i < refs.Count; i++)
        {
            var path = single ? ["input", "result"] : new[] { "input", "results", i.ToString(CultureInfo.InvariantCulture) };
            if (!results.TryGetValue(refs[i].Id, out var result))
            {
                errors.Add(DomainError.NotFound("There is no such result.", path));
            }
            else if (result.RowVersion != refs[i].Version)
            {
                errors.Add(Stale(path));
            }
            else if (change(result, path) is { } refused)
            {
                errors.Add(refused);
            }
            else
            {
                changed.Add((result, path));
            }
        }
        // The rules see the results as the step leaves them; a refusal means the context is dropped unsaved.
        if (errors.Count == 0 && thenCheck is not null) errors.AddRange(await thenCheck(changed));
        if (errors.Count > 0) return Outcome<IReadOnlyList<Result>>.Failure(errors);

        return await SaveAsync(db, refs, results, cancellationToken);
    }

    /// <summary>Saves with each result's version as the one the caller read, so a writer who came in between makes this a CONFLICT.</summary>
    public static async Task<Outcome<IReadOnlyList<Result>>> SaveAsync(
        RecordsDbContext db, IReadOnlyList<ResultRef> refs, IReadOnlyDictionary<Guid, Result> results, CancellationToken cancellationToken)
    {
        foreach (var read in refs)
        {
            if (db.Entry(results[read.Id]).State != EntityState.Deleted) db.Entry(results[read.Id]).Property(r => r.RowVersion).OriginalValue = read.Version;
        }

        var duplicate = DomainError.Conflict("Another result for the same module is already with the reporter or the examiner; edit that one.", "input", "results");
        return await db.TrySaveAsync(duplicate, cancellationToken) is { } conflict
            ? conflict
            : Outcome<IReadOnlyList<Result>>.Success(refs.Select(r => results[r.Id]).ToList());
    }

    public static DomainError Stale(params string[] path) =>
        DomainError.Conflict("Someone else changed this result since you read it. Reload it and try again.", [.. path, "version"]);
}
