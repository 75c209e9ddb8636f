using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;

namespace Ladok.Modules.Records.Domain;

/// <summary>Registreringstyp: how a student is registered on an offering.</summary>
public enum RegistrationKind
{
    /// <summary>FFG: första gången, the first registration on the course.</summary>
    FirstTime,

    /// <summary>FO: fortsättningsregistrering, the next term of a course that spans several terms.</summary>
    Continuation,

    /// <summary>OM: omregistrering, registering again on a course already taken; not funded.</summary>
    Repeat,
}

/// <summary>
/// Registrering: a student registered on a course offering for a term. The course and offering
/// codes are copied from the Catalogue when registering, so lists show them without asking it.
/// </summary>
public sealed class Registration
{
    public const int MaxReasonLength = 500;

    /// <summary>The field of a command that names the registration, for refusals about the registration as a whole.</summary>
    public static Field Itself { get; } = Field.Of("RegistrationId");

    private readonly List<StudyBreak> studyBreaks = [];

    private Registration()
    {
    }

    internal Registration(Guid studentId, OfferingInfo offering, Term term, RegistrationKind kind, string registeredBy, DateTimeOffset registeredAt)
    {
        Id = Guid.CreateVersion7();
        StudentId = studentId;
        OfferingId = offering.Id;
        CourseId = offering.CourseId;
        CourseCode = offering.CourseCode;
        DepartmentId = offering.DepartmentId;
        OfferingCode = offering.OfferingCode;
        Term = term.ToString();
        Kind = kind;
        RegisteredBy = registeredBy;
        RegisteredAt = registeredAt;
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The Catalogue's offering (kurstillfälle); no foreign key, it lives in another module.</summary>
    public Guid OfferingId { get; private set; }

    public Guid CourseId { get; private set; }

    public string CourseCode { get; private set; } = "";

    /// <summary>The department that gives the offering: it owns this activity data, and who may read it follows from it.</summary>
    public Guid DepartmentId { get; private set; }

    public string OfferingCode { get; private set; } = "";

    /// <summary>The term registered for, such as HT2025: the offering's start term, or a later one it runs in for a continuation (FO) on it.</summary>
    public string Term { get; private set; } = "";

    public RegistrationKind Kind { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    /// <summary>The user id of the study administrator who registered the student.</summary>
    public string RegisteredBy { get; private set; } = "";

    /// <summary>Concurrency token (PostgreSQL's xmin).</summary>
    public uint RowVersion { get; private set; }

    /// <summary>Studieuppehåll on this registration; loaded only by the use cases that need them.</summary>
    public IReadOnlyList<StudyBreak> StudyBreaks => studyBreaks;

    /// <summary>Avbrottsdatum: the day the student dropped out; null while they have not.</summary>
    public DateOnly? DroppedOutOn { get; private set; }

    /// <summary>Tidigt avbrott (see <see cref="Participation.IsEarlyDropout"/>); false without a dropout.</summary>
    public bool IsEarlyDropout { get; private set; }

    public string? DropoutReason { get; private set; }

    public string? DropoutRecordedBy { get; private set; }

    public DateTimeOffset? DropoutRecordedAt { get; private set; }

    /// <summary>Set when the dropout came from a dropout from this programme registration.</summary>
    public Guid? DropoutProgrammeRegistrationId { get; private set; }

    /// <summary>
    /// The day the registration was withdrawn, before the offering started: removed as one that should not stand (ADR 0018), or,
    /// if recorded before that, the student's återbud. Either way it counts for nothing. Null while it stands.
    /// </summary>
    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawnBy { get; private set; }

    /// <summary>Ended in a withdrawal or an early dropout: it counts as never started, so a later FFG on the course is still the first.</summary>
    public bool NeverStarted => WithdrawnOn is not null || (DroppedOutOn is not null && IsEarlyDropout);

    public Dropout? Dropout => DroppedOutOn is { } date
        ? new Dropout(date, IsEarlyDropout, DropoutReason, DropoutRecordedBy ?? "", DropoutRecordedAt ?? default, DropoutProgrammeRegistrationId)
        : null;

    /// <summary>A passing course grade in force on this registration: the course is completed (avklarad).</summary>
    public static bool IsCompletedBy(IEnumerable<Result> resultsOfRegistration) =>
        resultsOfRegistration.Any(r => r.ModuleId is null && r.IsPassing && r.IsInForce);

    public ParticipationState StateOn(DateOnly today, OfferingInfo offering, IEnumerable<Result> resultsOfRegistration) =>
        Participation.StateOf(today, offering.StartDate, offering.EndDate, WithdrawnOn is not null, IsCompletedBy(resultsOfRegistration),
            DroppedOutOn is not null, studyBreaks.Select(b => b.Span));

    /// <summary>
    /// Records a study break. The breaks must be loaded: one may not overlap another. A withdrawn,
    /// dropped-out or completed registration takes no break.
    /// </summary>
    public Outcome<StudyBreak> RecordBreak(
        OfferingInfo offering, IReadOnlyList<Result> resultsOfRegistration, DateOnly from, DateOnly to, string? reason, string recordedBy, TimeProvider clock)
    {
        if (Closed(resultsOfRegistration, RecordsReasons.TakeStudyBreak) is { } closed) return closed;

        var errors = StudyBreak.Check(offering, from, to, reason);
        if (errors.Count == 0 && studyBreaks.FirstOrDefault(b => b.Span.Overlaps(new DateSpan(from, to))) is { } overlapping)
        {
            errors.Add(DomainError.Of(RecordsReasons.BreakOverlaps, nameof(from), overlapping.From, overlapping.To));
        }
        if (errors.Count > 0) return Outcome<StudyBreak>.Failure(errors);

        var studyBreak = new StudyBreak(Id, from, to, reason!.Trim(), null, recordedBy, clock.GetUtcNow());
        studyBreaks.Add(studyBreak);
        return Outcome<StudyBreak>.Success(studyBreak);
    }

    /// <summary>
    /// The part of a programme's study break that falls on this registration's offering, from the break's first day
    /// or the offering's start, whichever is later. A withdrawn, dropped-out or completed registration takes none,
    /// and the part may not overlap a break already on the registration.
    /// </summary>
    internal Outcome<StudyBreak> TakeProgrammeBreak(OfferingInfo offering, IReadOnlyList<Result> resultsOfRegistration, ProgrammeStudyBreak programmeBreak,
        TimeProvider clock)
    {
        if (Closed(resultsOfRegistration, RecordsReasons.TakeStudyBreak) is { } closed) return closed;

        var span = new DateSpan(programmeBreak.From > offering.StartDate ? programmeBreak.From : offering.StartDate, programmeBreak.To);
        if (studyBreaks.FirstOrDefault(b => b.Span.Overlaps(span)) is { } overlapping)
        {
            return DomainError.Of(RecordsReasons.CourseBreakOverlaps, nameof(programmeBreak.From), CourseCode, Term, overlapping.From, overlapping.To);
        }

        var studyBreak = new StudyBreak(Id, span.From, span.To, null, programmeBreak.Id, programmeBreak.RecordedBy, clock.GetUtcNow());
        studyBreaks.Add(studyBreak);
        return Outcome<StudyBreak>.Success(studyBreak);
    }

    /// <summary>
    /// Studieavbrott. The date is today or earlier, not before the offering's start, and after the
    /// examination date of the last passing result in force; whether it is early follows from
    /// <see cref="Participation.IsEarlyDropout"/>. Dropping out twice, or out of a withdrawn or
    /// completed registration, is refused. The handlers pass the student's results on the whole
    /// offering (FFG and FO of one over several terms), not only those reported on this registration.
    /// </summary>
    public Outcome<Registration> RecordDropout(
        OfferingInfo offering, IReadOnlyList<Result> resultsOfRegistration, DateOnly date, string? reason, Guid? programmeRegistrationId,
        string recordedBy, TimeProvider clock)
    {
        if (Closed(resultsOfRegistration, RecordsReasons.DropOut) is { } closed) return closed;

        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var errors = new List<DomainError>();
        if (date > RecordsRules.Today(clock))
        {
            errors.Add(DomainError.Of(RecordsReasons.DropoutInFuture, nameof(date), date));
        }
        if (date < offering.StartDate)
        {
            errors.Add(DomainError.Of(RecordsReasons.DropoutBeforeOfferingStart, nameof(date), offering.CourseCode, offering.Term, offering.StartDate));
        }
        var lastPassed = resultsOfRegistration.Where(r => r.IsInForce && r.IsPassing).Select(r => (DateOnly?)r.ExaminationDate).Max();
        if (lastPassed is { } passed && date <= passed)
        {
            errors.Add(DomainError.Of(RecordsReasons.DropoutBeforePassedResult, nameof(date), offering.CourseCode, passed));
        }
        if (trimmed is { Length: > MaxReasonLength })
        {
            errors.Add(DomainError.Of(RecordsReasons.ReasonTooLong, nameof(reason), trimmed.Length, MaxReasonLength));
        }
        if (errors.Count > 0) return Outcome<Registration>.Failure(errors);

        DroppedOutOn = date;
        IsEarlyDropout = Participation.IsEarlyDropout(date, offering.StartDate, resultsOfRegistration);
        DropoutReason = trimmed;
        DropoutRecordedBy = recordedBy;
        DropoutRecordedAt = clock.GetUtcNow();
        DropoutProgrammeRegistrationId = programmeRegistrationId;
        return Outcome<Registration>.Success(this);
    }

    /// <summary>
    /// Ta bort registrering: before the offering starts, with no result reported, a registration that should not stand (made in
    /// error, or the student declines before starting, whose återbud belongs to the admission) is withdrawn. Once the offering has
    /// started a student who leaves gets a dropout (avbrott, or early avbrott), never this (Ladok guide).
    /// </summary>
    public Outcome<Registration> Remove(OfferingInfo offering, IReadOnlyList<Result> resultsOfRegistration, string withdrawnBy, TimeProvider clock)
    {
        if (Closed(resultsOfRegistration, RecordsReasons.HaveRegistrationRemoved) is { } closed) return closed;

        var today = RecordsRules.Today(clock);
        if (today >= offering.StartDate)
        {
            return DomainError.Of(RecordsReasons.RegistrationStarted, Itself, offering.CourseCode, offering.Term, offering.StartDate);
        }
        if (resultsOfRegistration.Count > 0)
        {
            return DomainError.Of(RecordsReasons.RegistrationHasResults, Itself);
        }

        WithdrawnOn = today;
        WithdrawnBy = withdrawnBy;
        return Outcome<Registration>.Success(this);
    }

    /// <summary>
    /// A programme dropout dated before this offering starts: the student never began it, so the registration is
    /// removed on the dropout's date, as <see cref="Remove"/> would. Results on it refuse this.
    /// </summary>
    internal Outcome<Registration> WithdrawWithProgramme(OfferingInfo offering, IReadOnlyList<Result> resultsOfRegistration, DateOnly date, string withdrawnBy)
    {
        if (resultsOfRegistration.Count > 0)
        {
            return DomainError.Of(RecordsReasons.ResultsAfterDropout, nameof(date), offering.CourseCode, offering.Term, date);
        }

        WithdrawnOn = date;
        WithdrawnBy = withdrawnBy;
        return Outcome<Registration>.Success(this);
    }

    private DomainError? Closed(IReadOnlyList<Result> resultsOfRegistration, Wording what)
    {
        if (WithdrawnOn is { } withdrawn)
        {
            return DomainError.Of(RecordsReasons.RegistrationWithdrawn, Itself, CourseCode, Term, withdrawn, what);
        }
        if (DroppedOutOn is { } dropped)
        {
            return DomainError.Of(RecordsReasons.RegistrationDroppedOut, Itself, CourseCode, Term, dropped, what);
        }
        return IsCompletedBy(resultsOfRegistration)
            ? DomainError.Of(RecordsReasons.CourseCompleted, Itself, CourseCode, Term, what)
            : null;
    }
}

/// <summary>Studieavbrott as shown: the date, whether it was early, and who recorded it.</summary>
public sealed record Dropout(DateOnly Date, bool IsEarly, string? Reason, string RecordedBy, DateTimeOffset RecordedAt, Guid? ProgrammeRegistrationId);
