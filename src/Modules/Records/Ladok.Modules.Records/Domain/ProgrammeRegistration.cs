using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Records.Domain;

/// <summary>Programregistrering: a student admitted and registered on a programme from a start term.</summary>
public sealed class ProgrammeRegistration
{
    /// <summary>The field of a command that names the programme registration, for refusals about it as a whole.</summary>
    public static Field Itself { get; } = Field.Of("ProgrammeRegistrationId");

    private readonly List<ProgrammeStudyBreak> studyBreaks = [];

    private ProgrammeRegistration()
    {
    }

    private ProgrammeRegistration(Guid studentId, ProgrammeInfo programme, Term startTerm, string registeredBy, DateTimeOffset registeredAt)
    {
        Id = Guid.CreateVersion7();
        StudentId = studentId;
        ProgrammeId = programme.Id;
        ProgrammeCode = programme.Code;
        DepartmentId = programme.DepartmentId;
        StartTerm = startTerm.ToString();
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The Catalogue's programme; no foreign key, it lives in another module.</summary>
    public Guid ProgrammeId { get; private set; }

    /// <summary>The programme code, as it was when the student was registered.</summary>
    public string ProgrammeCode { get; private set; } = "";

    /// <summary>The department that gives the programme; who may register and read follows from it.</summary>
    public Guid DepartmentId { get; private set; }

    /// <summary>The term the student starts, such as HT2025.</summary>
    public string StartTerm { get; private set; } = "";

    public string RegisteredBy { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The day the student dropped out of the programme; null while they have not.</summary>
    public DateOnly? DroppedOutOn { get; private set; }

    public string? DropoutReason { get; private set; }

    public string? DropoutRecordedBy { get; private set; }

    public DateTimeOffset? DropoutRecordedAt { get; private set; }

    /// <summary>Concurrency token (PostgreSQL's xmin).</summary>
    public uint RowVersion { get; private set; }

    /// <summary>Studieuppehåll decided on this programme registration; loaded only by the use cases and reads that need them.</summary>
    public IReadOnlyList<ProgrammeStudyBreak> StudyBreaks => studyBreaks;

    public static Outcome<ProgrammeRegistration> Create(Guid studentId, ProgrammeInfo programme, string startTerm, string registeredBy, TimeProvider clock)
    {
        if (!Term.TryParse(startTerm, out var term, out var error)) return DomainError.Of(KernelReasons.InvalidTerm, nameof(startTerm), startTerm);
        return Outcome<ProgrammeRegistration>.Success(new ProgrammeRegistration(studentId, programme, term, registeredBy, clock.GetUtcNow()));
    }

    /// <summary>
    /// Studieuppehåll (HF 7 kap. 33 §, UHRFS 2013:3). The breaks must be loaded: one may not overlap another. The break
    /// starts no earlier than the start term, ends no earlier than it starts, and the student resumes in a term that
    /// starts after it; a student who dropped out takes none. Every broken rule is reported at once.
    /// </summary>
    public Outcome<ProgrammeStudyBreak> RecordStudyBreak(
        DateOnly from, DateOnly to, string? resumeTerm, bool guaranteedPlace, string recordedBy, TimeProvider clock)
    {
        if (DroppedOutOn is { } dropped)
        {
            return DomainError.Of(RecordsReasons.ProgrammeDroppedOut, Itself, ProgrammeCode, dropped);
        }

        var errors = new List<DomainError>();
        if (to < from) errors.Add(DomainError.Of(RecordsReasons.BreakEndsBeforeStart, nameof(to), to, from));
        var firstDay = Term.Parse(StartTerm).FirstDay;
        if (from < firstDay)
        {
            errors.Add(DomainError.Of(RecordsReasons.BreakBeforeProgrammeStart, nameof(from), ProgrammeCode, StartTerm, firstDay));
        }
        if (!Term.TryParse(resumeTerm, out var resume, out var termError)) errors.Add(DomainError.Of(
            KernelReasons.InvalidTerm, nameof(resumeTerm), resumeTerm));
        else if (resume.FirstDay <= to)
        {
            errors.Add(DomainError.Of(RecordsReasons.ResumeDuringBreak, nameof(resumeTerm), resume, resume.FirstDay, to));
        }
        if (errors.Count == 0 && studyBreaks.FirstOrDefault(b => b.Span.Overlaps(new DateSpan(from, to))) is { } overlapping)
        {
            errors.Add(DomainError.Of(RecordsReasons.BreakOverlaps, nameof(from), overlapping.From, overlapping.To));
        }
        if (errors.Count > 0) return Outcome<ProgrammeStudyBreak>.Failure(errors);

        var studyBreak = new ProgrammeStudyBreak(this, from, to, resume, guaranteedPlace, recordedBy, clock.GetUtcNow());
        studyBreaks.Add(studyBreak);
        return Outcome<ProgrammeStudyBreak>.Success(studyBreak);
    }

    /// <summary>The programme part of a programme dropout; the course registrations each follow their own rules.</summary>
    public Outcome<ProgrammeRegistration> RecordDropout(DateOnly date, string? reason, string recordedBy, TimeProvider clock)
    {
        if (DroppedOutOn is { } dropped)
        {
            return DomainError.Of(RecordsReasons.AlreadyDroppedOut, Itself, ProgrammeCode, dropped);
        }
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (date > RecordsRules.Today(clock)) return DomainError.Of(RecordsReasons.DropoutInFuture, nameof(date), date);
        var firstDay = Term.Parse(StartTerm).FirstDay;
        if (date < firstDay)
        {
            return DomainError.Of(RecordsReasons.DropoutBeforeProgrammeStart, nameof(date), ProgrammeCode, StartTerm, firstDay);
        }
        if (trimmed is { Length: > Registration.MaxReasonLength })
        {
            return DomainError.Of(RecordsReasons.ReasonTooLong, nameof(reason), trimmed.Length, Registration.MaxReasonLength);
        }

        DroppedOutOn = date;
        DropoutReason = trimmed;
        DropoutRecordedBy = recordedBy;
        DropoutRecordedAt = clock.GetUtcNow();
        return Outcome<ProgrammeRegistration>.Success(this);
    }
}
