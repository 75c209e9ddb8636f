using Ladok.Kernel.Errors;

namespace Ladok.Modules.Records.Domain;

/// <summary>What reporting a grade did: created, updated a draft, found it already said, or was refused.</summary>
public enum ReportOutcome
{
    Created,
    Updated,
    Unchanged,

    /// <summary>An attested passing result, or one marked ready, says something else.</summary>
    Conflict,

    /// <summary>The entry breaks a rule; the errors say which.</summary>
    Invalid,
}

public sealed record ReportDecision(ReportOutcome Outcome, Result? Result, IReadOnlyList<DomainError> Errors);

/// <summary>
/// Reporting a grade for a student on a module (or the course), given the results already there.
/// Running the same report twice changes nothing the second time, which makes bulk reporting of
/// an exam sitting safe to send again.
/// </summary>
public static class ResultReport
{
    /// <param name="target">What the grade is on, with the rules' facts.</param>
    /// <param name="entry">The grade as reported.</param>
    /// <param name="existing">The student's results on this offering and module (or course grade), on any of their registrations on it (FFG and FO),
    /// removed ones left out.</param>
    /// <param name="mayUpdateDraft">Bulk reporting replaces a draft's grade; reporting a single result refers the reporter to the draft instead.</param>
    /// <param name="by">The reporter's user id.</param>
    /// <param name="clock">Today, for the date rules.</param>
    /// <param name="at">The entry's field in the command (a row of a bulk report), for the errors.</param>
    public static ReportDecision Decide(
        ResultTarget target, GradeEntry entry, IReadOnlyCollection<Result> existing, bool mayUpdateDraft, string by, TimeProvider clock, Field at)
    {
        if (existing.FirstOrDefault(r => (r.IsOpen || r.IsInForce) && r.Says(entry)) is { } same)
        {
            return new ReportDecision(ReportOutcome.Unchanged, same, []);
        }

        if (existing.FirstOrDefault(r => r.IsInForce && r.IsPassing) is { } passed)
        {
            return Conflict(passed, DomainError.Of(RecordsReasons.PassedResultExists, at, target.Graded(), passed.Grade, passed.ExaminationDate));
        }

        if (existing.FirstOrDefault(r => r.IsOpen) is { } open)
        {
            if (!mayUpdateDraft || open.Status == ResultStatus.Ready)
            {
                return Conflict(open, DomainError.Of(RecordsReasons.OpenResultExists, at, target.Graded(), Result.Describe(open.Status), open.Grade));
            }

            var edited = open.Edit(target, entry, by, clock, at);
            return edited.Succeeded ? new ReportDecision(ReportOutcome.Updated, open, []) : new ReportDecision(ReportOutcome.Invalid, null, edited.Errors);
        }

        var created = Result.Report(target, entry, by, clock, at);
        return created.Succeeded ? new ReportDecision(ReportOutcome.Created, created.Value, [])
            : new ReportDecision(ReportOutcome.Invalid, null, created.Errors);
    }

    private static ReportDecision Conflict(Result existing, DomainError error) =>
        new(ReportOutcome.Conflict, existing, [error]);
}
