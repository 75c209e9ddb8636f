using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Studieuppehåll on a course registration: the part of a programme's study break (<see cref="ProgrammeStudyBreak"/>) that
/// falls on the offering, which puts the registration on break. Breaks recorded on a course registration alone, with a
/// free-text reason, are kept as they were recorded (ADR 0018); new ones are decided on the programme registration.
/// </summary>
public sealed class StudyBreak
{
    public const int MaxReasonLength = 500;

    private StudyBreak()
    {
    }

    internal StudyBreak(
        Guid registrationId, DateOnly from, DateOnly to, string? reason, Guid? programmeStudyBreakId, string recordedBy, DateTimeOffset recordedAt)
    {
        ProgrammeStudyBreakId = programmeStudyBreakId;
        Id = Guid.CreateVersion7();
        RegistrationId = registrationId;
        From = from;
        To = to;
        Reason = reason;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid RegistrationId { get; private set; }

    /// <summary>The first day of the break.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The last day of the break, included.</summary>
    public DateOnly To { get; private set; }

    /// <summary>The free text of a break recorded on the course registration alone; null for a programme break's part.</summary>
    public string? Reason { get; private set; }

    /// <summary>The programme's study break this is the part of; null for a break recorded on the course registration alone.</summary>
    public Guid? ProgrammeStudyBreakId { get; private set; }

    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public DateSpan Span => new(From, To);

    /// <summary>Every date rule at once: from ≤ to, the break starts while the offering runs (it may end after it), a reason is given.</summary>
    internal static List<DomainError> Check(OfferingInfo offering, DateOnly from, DateOnly to, string? reason)
    {
        var errors = new List<DomainError>();
        if (to < from) errors.Add(DomainError.Of(RecordsReasons.BreakEndsBeforeStart, nameof(to), to, from));
        if (from < offering.StartDate || from > offering.EndDate)
        {
            errors.Add(DomainError.Of(
                RecordsReasons.BreakOutsideOffering, nameof(from), offering.CourseCode, offering.Term, offering.StartDate, offering.EndDate));
        }

        var trimmed = reason?.Trim() ?? "";
        if (trimmed.Length == 0) errors.Add(DomainError.Of(KernelReasons.Required, nameof(reason), RecordsReasons.BreakReason));
        else if (trimmed.Length > MaxReasonLength) errors.Add(
            DomainError.Of(RecordsReasons.ReasonTooLong, nameof(reason), trimmed.Length, MaxReasonLength));
        return errors;
    }
}
