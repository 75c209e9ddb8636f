using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// One workflow step on results: every result must exist, be at the version the caller read and allow the step, and the
/// caller must hold the course right on each course; then the university's result rules may refuse (<c>thenCheck</c>).
/// A step on one result is refused with every refusal; a step on many changes each result that passes (<see cref="ApplyEachAsync"/>).
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

    /// <summary>
    /// The step on each result alone: one that is missing, stale, in a state that does not allow the step, or refused by the
    /// university's result rules (<paramref name="thenCheck"/>) is a REFUSED row with its errors, on its row of <c>Results</c>,
    /// and the others change; with <paramref name="dryRun"/> none changes and each says whether it would. Refusals about the
    /// list as a whole (empty, too long, a result named twice, a course right missing) refuse every row.
    /// </summary>
    public async Task<Outcome<BulkStep>> ApplyEachAsync(
        IReadOnlyList<ResultRef> refs, CourseRightKind right, string by, bool dryRun, Func<Result, Field, DomainError?> change,
        CancellationToken cancellationToken, Func<IReadOnlyList<(Result Result, Field Field)>, Task<IReadOnlyList<DomainError>>>? thenCheck = null)
    {
        var trial = await TryAsync(refs, Results.At, right, by, change, thenCheck, checkRefusedToo: true, cancellationToken);
        if (trial.Batch.Count > 0) return Outcome<BulkStep>.Failure(trial.Batch);

        // The trial changed the results in memory and queued their events; the step itself starts again from the database.
        unit.Db.ChangeTracker.Clear();
        var accepted = Enumerable.Range(0, refs.Count).Where(i => !trial.Rows.ContainsKey(i)).ToList();
        var changed = new Dictionary<Guid, Result>();
        if (!dryRun && accepted.Count > 0)
        {
            // The rules checked these results at these versions; saving at the versions read makes a change in between a CONFLICT.
            var applied = await ApplyAsync([.. accepted.Select(i => refs[i])], j => Results.At(accepted[j]), right, by, change, null, cancellationToken);
            if (!applied.Succeeded) return Outcome<BulkStep>.Failure(applied.Errors);
            changed = applied.Value!.ToDictionary(r => r.Id);
        }

        var refusedIds = trial.Rows.Keys.Select(i => refs[i].Id).ToList();
        var asStored = await unit.Db.Results.AsNoTracking().Where(r => refusedIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var rows = refs.Select((read, i) => trial.Rows.TryGetValue(i, out var errors)
                ? new BulkStepRow(i, BulkStepOutcome.Refused, asStored.GetValueOrDefault(read.Id), errors)
                : dryRun
                    ? new BulkStepRow(i, BulkStepOutcome.WouldChange, trial.Results[read.Id], [])
                    : new BulkStepRow(i, BulkStepOutcome.Changed, changed[read.Id], []))
            .ToList();
        return Outcome<BulkStep>.Success(new BulkStep(rows, dryRun));
    }

    /// <summary>The step on every result, all or nothing: every refusal is returned and nothing changes.</summary>
    private async Task<Outcome<IReadOnlyList<Result>>> ApplyAsync(
        IReadOnlyList<ResultRef> refs, Func<int, Field> fieldOf, CourseRightKind right, string by, Func<Result, Field, DomainError?> change,
        Func<IReadOnlyList<(Result Result, Field Field)>, Task<IReadOnlyList<DomainError>>>? thenCheck, CancellationToken cancellationToken)
    {
        var trial = await TryAsync(refs, fieldOf, right, by, change, thenCheck, checkRefusedToo: false, cancellationToken);
        var errors = trial.Batch.Concat(trial.Rows.OrderBy(r => r.Key).SelectMany(r => r.Value)).ToList();
        if (errors.Count > 0) return Outcome<IReadOnlyList<Result>>.Failure(errors);

        SaveAtVersionsRead(refs, trial.Results);
        return Outcome<IReadOnlyList<Result>>.Success(refs.Select(r => trial.Results[r.Id]).ToList());
    }

    /// <summary>
    /// Makes the step on each result in memory and says what refuses it: the list as a whole (<see cref="Trial.Batch"/>), or a
    /// row (<see cref="Trial.Rows"/>, by index). The university's rules see the results the step changed; unless
    /// <paramref name="checkRefusedToo"/>, only when no row was refused (an all-or-nothing step is refused anyway then).
    /// </summary>
    private async Task<Trial> TryAsync(
        IReadOnlyList<ResultRef> refs, Func<int, Field> fieldOf, CourseRightKind right, string by, Func<Result, Field, DomainError?> change,
        Func<IReadOnlyList<(Result Result, Field Field)>, Task<IReadOnlyList<DomainError>>>? thenCheck, bool checkRefusedToo,
        CancellationToken cancellationToken)
    {
        var noResults = new Dictionary<Guid, Result>();
        if (refs.Count == 0) return Trial.Refused(DomainError.Of(RecordsReasons.ResultsMissing, Results), noResults);
        if (refs.Count > MaxResultsPerCall)
        {
            return Trial.Refused(DomainError.Of(RecordsReasons.TooManyResults, Results, MaxResultsPerCall), noResults);
        }
        if (refs.Select(r => r.Id).Distinct().Count() != refs.Count)
        {
            return Trial.Refused(DomainError.Of(RecordsReasons.ResultNamedTwice, Results), noResults);
        }

        var ids = refs.Select(r => r.Id).ToList();
        var results = await unit.Db.Results.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);

        // Rights first, so a caller without them learns nothing about the results' state.
        var forbidden = new List<DomainError>();
        foreach (var course in results.Values.DistinctBy(r => (r.CourseId, rights.DecidedByDepartment(r))))
        {
            if (await rights.RequireAsync(by, right, course, Results, cancellationToken) is { } refusal) forbidden.Add(refusal);
        }
        if (forbidden.Count > 0) return new Trial(forbidden, new Dictionary<int, List<DomainError>>(), results);

        var rows = new Dictionary<int, List<DomainError>>();
        var changed = new List<(Result, Field)>(refs.Count);
        for (var i = 0; i < refs.Count; i++)
        {
            var field = fieldOf(i);
            DomainError? refused = !results.TryGetValue(refs[i].Id, out var result) ? DomainError.Of(RecordsReasons.ResultNotFound, field)
                : result.RowVersion != refs[i].Version ? Stale(field)
                : change(result, field);
            if (refused is not null) rows[i] = [refused];
            else changed.Add((result!, field));
        }

        // The rules see the results as the step leaves them; each refusal is on the row of the result it names.
        var batch = new List<DomainError>();
        if (thenCheck is not null && changed.Count > 0 && (rows.Count == 0 || checkRefusedToo))
        {
            foreach (var error in await thenCheck(changed))
            {
                if (RowOf(error.Field) is { } row) (rows.TryGetValue(row, out var list) ? list : rows[row] = []).Add(error);
                else batch.Add(error);
            }
        }
        return new Trial(batch, rows, results);
    }

    /// <summary>The row a refusal is on: <c>Results[i]</c> or a field within it; null for one about the step as a whole.</summary>
    private static int? RowOf(Field? field) =>
        field?.Steps is [var list, { Index: { } row }, ..] && list == Results.Steps[0] ? row : null;

    /// <summary>What refuses a step: the list as a whole, or rows by index; and the results as read, changed in memory.</summary>
    private sealed record Trial(IReadOnlyList<DomainError> Batch, Dictionary<int, List<DomainError>> Rows, Dictionary<Guid, Result> Results)
    {
        public static Trial Refused(DomainError error, Dictionary<Guid, Result> results) => new([error], [], results);
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
        unit.OnDuplicate(DomainError.Of(RecordsReasons.OpenResultOnModule, Results));
    }

    /// <summary>The CONFLICT for a result read at an older version, on the <c>Version</c> beside <paramref name="result"/>.</summary>
    public static DomainError Stale(Field result) =>
        DomainError.Of(KernelReasons.StaleVersion, result.Then(nameof(ResultRef.Version)));
}
