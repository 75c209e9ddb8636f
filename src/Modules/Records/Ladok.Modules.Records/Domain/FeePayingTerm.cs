using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;

namespace Ladok.Modules.Records.Domain;

/// <summary>
/// Betalande student: a term in which the student pays tuition fees (HF 5 kap. 1 §, förordning 2010:543 om anmälningsavgift
/// och studieavgift). The state's grant does not pay for their studies that term, so UKÄ's funded HST and HPR leave them out.
/// A row means fee-paying; no row, not.
/// </summary>
public sealed class FeePayingTerm
{
    private FeePayingTerm()
    {
    }

    private FeePayingTerm(Guid studentId, Kernel.Periods.Term term, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        StudentId = studentId;
        Term = term.ToString();
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>Such as HT2025.</summary>
    public string Term { get; private set; } = "";

    /// <summary>The study administrator's user id.</summary>
    public string RecordedBy { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// The day an administrator recorded the term's fee as paid; null while it is not. The fee is paid before the studies of
    /// the term start (Fee ordinance 2010:543), so an unpaid term stops the student registering themself.
    /// </summary>
    public DateOnly? FeePaidOn { get; private set; }

    /// <summary>Records the term's fee as paid today, or as not paid; saying what is already so changes nothing.</summary>
    public bool RecordPayment(bool paid, DateOnly today)
    {
        if (FeePaidOn is not null == paid) return false;
        FeePaidOn = paid ? today : null;
        return true;
    }

    /// <summary>A fee-paying term of the student; the term is written as HT2025 or VT2026.</summary>
    public static Outcome<FeePayingTerm> Record(Guid studentId, string term, string recordedBy, TimeProvider clock) =>
        Kernel.Periods.Term.TryParse(term, out var parsed, out var error)
            ? Outcome<FeePayingTerm>.Success(new FeePayingTerm(studentId, parsed, recordedBy, clock.GetUtcNow()))
            : DomainError.Of(KernelReasons.InvalidTerm, nameof(term), term);
}
