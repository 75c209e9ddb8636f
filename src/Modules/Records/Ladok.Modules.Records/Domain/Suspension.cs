using Ladok.Kernel.Errors;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Avstängning: the university's disciplinary board has suspended the student for a period, during which they may not take part
/// in teaching, examinations or other activities of their education, for at most six months (HL 1992:1434 10 kap. 1–2 §§).
/// An administrator records the decision; here it stops the student registering themself while it lasts.
/// </summary>
public sealed class Suspension
{
    /// <summary>The longest suspension the Higher Education Act allows.</summary>
    public const int MaxMonths = 6;

    private Suspension()
    {
    }

    private Suspension(Guid studentId, DateOnly from, DateOnly to, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        StudentId = studentId;
        From = from;
        To = to;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The first day of the suspension.</summary>
    public DateOnly From { get; private set; }

    /// <summary>The last day of the suspension.</summary>
    public DateOnly To { get; private set; }

    /// <summary>The administrator's user id.</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>Whether the suspension covers <paramref name="day"/>.</summary>
    public bool Covers(DateOnly day) => From <= day && day <= To;

    /// <summary>A suspension from <paramref name="from"/> to <paramref name="to"/>, both days included, of at most six months.</summary>
    public static Outcome<Suspension> Record(Guid studentId, DateOnly from, DateOnly to, string recordedBy, TimeProvider clock)
    {
        if (to < from) return DomainError.Of(RecordsReasons.SuspensionEndsBeforeStart, nameof(to), from, to);
        if (to >= from.AddMonths(MaxMonths)) return DomainError.Of(RecordsReasons.SuspensionTooLong, nameof(to), from, to, MaxMonths);
        return Outcome<Suspension>.Success(new Suspension(studentId, from, to, recordedBy, clock.GetUtcNow()));
    }
}
