using Ladok.Kernel.Errors;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>What a workflow step on many results did, a row per result in the order given.</summary>
public sealed record BulkStep(IReadOnlyList<BulkStepRow> Rows, bool DryRun)
{
    /// <summary>The results the step changed, in the order given; none in a dry run.</summary>
    public IReadOnlyList<Result> Changed => [.. Rows.Where(r => r.Outcome == BulkStepOutcome.Changed).Select(r => r.Result!)];
}

/// <summary>One result of a step on many: the result as changed (or as it would be), or as stored when refused, and why.</summary>
public sealed record BulkStepRow(int Index, BulkStepOutcome Outcome, Result? Result, IReadOnlyList<DomainError> Errors);

public enum BulkStepOutcome
{
    /// <summary>The step changed the result.</summary>
    Changed,

    /// <summary>A dry run: the step would change the result; nothing was stored.</summary>
    WouldChange,

    /// <summary>The result was left as it was; the errors say why.</summary>
    Refused,
}
