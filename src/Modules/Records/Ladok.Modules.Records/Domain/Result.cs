using Ladok.Kernel.Errors;

namespace Ladok.Modules.Records.Domain;

/// <summary>Where a result is in the result workflow (resultatflödet).</summary>
public enum ResultStatus
{
    /// <summary>Utkast: entered by a result reporter; may be edited or deleted.</summary>
    Draft,

    /// <summary>
    /// Klarmarkerad: waiting for an attestant with the attesting right on the course (the examiners named are
    /// notified); may still be edited (which makes it a draft again). A credit transfer waits here from the start.
    /// </summary>
    Ready,

    /// <summary>Avslagen: an examiner sent it back to the reporter with a reason; treated like a draft.</summary>
    Rejected,

    /// <summary>Attesterad: decided by an examiner. Never edited or deleted again.</summary>
    Attested,

    /// <summary>An attested result whose removal a reporter has asked an examiner to attest.</summary>
    RemovalRequested,

    /// <summary>An attested result whose removal an examiner attested. Kept, with every decision, forever.</summary>
    Removed,
}

/// <summary>How the result came about.</summary>
public enum ResultOrigin
{
    /// <summary>Examined here and reported through the result workflow.</summary>
    Reported,

    /// <summary>Tillgodoräknande: credits from elsewhere, recognised by a decision here.</summary>
    CreditTransfer,
}

/// <summary>What a reporter enters: the grade, the day the student completed the work, and a project title where needed.</summary>
public sealed record GradeEntry(string Grade, DateOnly? ExaminationDate, string? ProjectTitle);

/// <summary>
/// Resultat: a grade on a module (modul) of a course version, or on the whole course when
/// <see cref="ModuleId"/> is null. Each transition of the result workflow is a method that
/// refuses an illegal move with an INVALID_STATE error; an attested result keeps its grade,
/// date and decision for ever (the resultatverifikat), even once its removal is attested.
/// </summary>
public sealed class Result
{
    public const int MaxProjectTitleLength = 300;
    public const int MaxReasonLength = 500;

    private Result()
    {
    }

    public Guid Id { get; private set; }

    public Guid StudentId { get; private set; }

    /// <summary>The registration the result was examined on; null for a credit transfer.</summary>
    public Guid? RegistrationId { get; private set; }

    public Guid? OfferingId { get; private set; }

    public Guid CourseId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public Guid CourseVersionId { get; private set; }

    /// <summary>Null for the course grade.</summary>
    public Guid? ModuleId { get; private set; }

    public string? ModuleCode { get; private set; }

    /// <summary>The department that owns the result: the offering's, or the course's for a credit transfer.</summary>
    public Guid DepartmentId { get; private set; }

    public Guid GradingScaleId { get; private set; }

    /// <summary>The grade's code on its scale, such as VG or 4.</summary>
    public string Grade { get; private set; } = "";

    /// <summary>Failing grades (U, F, Fx) give no credits.</summary>
    public bool IsPassing { get; private set; }

    /// <summary>The credits (hp) of the module or course version; attained only with a passing grade.</summary>
    public decimal Credits { get; private set; }

    /// <summary>Examinationsdatum: the day the student completed the work.</summary>
    public DateOnly ExaminationDate { get; private set; }

    public string? ProjectTitle { get; private set; }

    public ResultStatus Status { get; private set; }

    public ResultOrigin Origin { get; private set; }

    /// <summary>For a credit transfer: where the credits were earned.</summary>
    public string? TransferredFrom { get; private set; }

    /// <summary>
    /// The examiners (user ids) named when the result was marked ready: they are notified and see it first, but any
    /// holder of the attesting right on the course may decide (HF 6 kap. 18 §; the right, not the name, decides).
    /// </summary>
    public List<string> Examiners { get; private set; } = [];

    public string ReportedBy { get; private set; } = "";

    public DateTimeOffset ReportedAt { get; private set; }

    public string? ChangedBy { get; private set; }

    public DateTimeOffset? ChangedAt { get; private set; }

    /// <summary>Who attested or rejected it, and when: the decision date.</summary>
    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? RejectionReason { get; private set; }

    public string? RemovalRequestedBy { get; private set; }

    public DateTimeOffset? RemovalRequestedAt { get; private set; }

    public string? RemovalReason { get; private set; }

    public string? RemovedBy { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    /// <summary>Concurrency token (PostgreSQL's xmin); every write names the version it read.</summary>
    public uint RowVersion { get; private set; }

    /// <summary>Draft, ready or rejected: still with the reporter or the examiner, not yet decided.</summary>
    public bool IsOpen => Status is ResultStatus.Draft or ResultStatus.Ready or ResultStatus.Rejected;

    /// <summary>Attested and not removed: it counts (for the student, HPR and reports onward).</summary>
    public bool IsInForce => Status is ResultStatus.Attested or ResultStatus.RemovalRequested;

    /// <summary>A new draft, checked against the rules of <paramref name="target"/>.</summary>
    public static Outcome<Result> Report(ResultTarget target, GradeEntry entry, string reportedBy, TimeProvider clock, Field at)
    {
        var checkedEntry = target.Check(entry, clock, at);
        if (!checkedEntry.Succeeded) return Outcome<Result>.Failure(checkedEntry.Errors);

        var result = new Result
        {
            Id = Guid.CreateVersion7(),
            StudentId = target.StudentId,
            RegistrationId = target.RegistrationId,
            OfferingId = target.OfferingId,
            CourseId = target.CourseVersion.CourseId,
            CourseCode = target.CourseVersion.CourseCode,
            CourseVersionId = target.CourseVersion.Id,
            ModuleId = target.Module?.Id,
            ModuleCode = target.Module?.Code,
            DepartmentId = target.DepartmentId,
            Status = ResultStatus.Draft,
            Origin = ResultOrigin.Reported,
            ReportedBy = reportedBy,
            ReportedAt = clock.GetUtcNow(),
        };
        result.Apply(checkedEntry.Value!, target);
        return Outcome<Result>.Success(result);
    }

    /// <summary>
    /// A credit transfer (tillgodoräknande) recorded by a study administrator, saying where the credits were earned. It
    /// waits for an attestant as a ready result does (HF 6 kap. 6–8 §§: the university decides it); the person who
    /// recorded it never decides it (separation of duties).
    /// </summary>
    public static Outcome<Result> Transfer(ResultTarget target, GradeEntry entry, string transferredFrom, string recordedBy, TimeProvider clock, Field at)
    {
        var from = transferredFrom.Trim();
        if (from.Length is 0 or > MaxReasonLength)
        {
            return DomainError.Of(RecordsReasons.TransferOriginNeeded, at.Then(nameof(transferredFrom)), MaxReasonLength);
        }

        var reported = Report(target, entry, recordedBy, clock, at);
        if (!reported.Succeeded) return reported;
        if (!reported.Value!.IsPassing)
        {
            return DomainError.Of(RecordsReasons.TransferFailingGrade, at.Then(nameof(GradeEntry.Grade)), reported.Value.Grade);
        }

        var result = reported.Value!;
        result.Origin = ResultOrigin.CreditTransfer;
        result.TransferredFrom = from;
        result.Status = ResultStatus.Ready;
        return Outcome<Result>.Success(result);
    }

    /// <summary>Whether <paramref name="entry"/> says what this result already says (bulk re-runs report it as unchanged).</summary>
    public bool Says(GradeEntry entry) =>
        string.Equals(Grade, entry.Grade.Trim(), StringComparison.OrdinalIgnoreCase)
        && (entry.ExaminationDate is null || entry.ExaminationDate == ExaminationDate)
        && string.Equals(ProjectTitle ?? "", entry.ProjectTitle?.Trim() ?? "", StringComparison.Ordinal);

    /// <summary>
    /// Changes grade, date or title. A ready result becomes a draft again, so the examiner never decides on something changed after it was marked
    /// ready.
    /// </summary>
    public Outcome<Result> Edit(ResultTarget target, GradeEntry entry, string changedBy, TimeProvider clock, Field at)
    {
        if (CheckEditable(at) is { } refused) return refused;

        var checkedEntry = target.Check(entry, clock, at);
        if (!checkedEntry.Succeeded) return Outcome<Result>.Failure(checkedEntry.Errors);

        Apply(checkedEntry.Value!, target);
        Status = ResultStatus.Draft;
        Examiners = [];
        Touch(changedBy, clock);
        return Outcome<Result>.Success(this);
    }

    /// <summary>Until an examiner decides, the reporter may change the result.</summary>
    public DomainError? CheckEditable(Field at) =>
        IsOpen ? null : Attested(at) ?? NotNow(RecordsReasons.ResultNotEditable, at);

    /// <summary>Only a result nobody has decided on may be deleted.</summary>
    public DomainError? CheckDeletable(Field at) =>
        Status is ResultStatus.Draft or ResultStatus.Rejected ? null
        : Attested(at) ?? NotNow(RecordsReasons.ResultNotDeletable, at);

    public DomainError? MarkReady(IReadOnlyList<string> examiners, string changedBy, TimeProvider clock, Field at)
    {
        if (Status is not (ResultStatus.Draft or ResultStatus.Rejected)) return Attested(at) ?? NotNow(RecordsReasons.ResultNotDraft, at);

        var named = examiners.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0) return DomainError.Of(RecordsReasons.ExaminerMissing, nameof(examiners));
        if (named.Any(e => e.Length > RecordsRules.MaxUserIdLength)) return DomainError.Of(
            KernelReasons.TooLong, nameof(examiners), RecordsReasons.ExaminerUserId, RecordsRules.MaxUserIdLength);

        Status = ResultStatus.Ready;
        Examiners = named;
        RejectionReason = null;
        Touch(changedBy, clock);
        return null;
    }

    public DomainError? ReturnToDraft(string changedBy, TimeProvider clock, Field at)
    {
        if (Status != ResultStatus.Ready) return NotNow(RecordsReasons.ResultNotReady, at, RecordsReasons.ReturnToDraftStep);

        Status = ResultStatus.Draft;
        Examiners = [];
        Touch(changedBy, clock);
        return null;
    }

    /// <summary>
    /// Attests. The caller's attesting right is checked by the use case; whether the caller was named at mark-ready does
    /// not matter. A credit transfer is never attested by the person who recorded it.
    /// </summary>
    public DomainError? Attest(string examiner, TimeProvider clock, Field at)
    {
        if (Status != ResultStatus.Ready) return NotNow(RecordsReasons.ResultNotReady, at, RecordsReasons.AttestStep);
        if (RecordedBySameHand(examiner, RecordsReasons.AttestTransfer, at) is { } ownTransfer) return ownTransfer;

        Status = ResultStatus.Attested;
        Decide(examiner, clock);
        return null;
    }

    /// <summary>Avslå: sends the result back to its reporter, saying why.</summary>
    public DomainError? Reject(string examiner, string reason, TimeProvider clock, Field at)
    {
        if (Status != ResultStatus.Ready) return NotNow(RecordsReasons.ResultNotReady, at, RecordsReasons.RejectStep);
        if (RecordedBySameHand(examiner, RecordsReasons.RejectTransfer, at) is { } ownTransfer) return ownTransfer;
        if (Reason(reason) is not { } why) return DomainError.Of(RecordsReasons.RejectionReasonNeeded, nameof(reason), MaxReasonLength);

        Status = ResultStatus.Rejected;
        RejectionReason = why;
        Decide(examiner, clock);
        return null;
    }

    /// <summary>The first step of changing an attested result: a reporter asks an examiner to attest its removal.</summary>
    public DomainError? RequestRemoval(string requestedBy, string reason, TimeProvider clock, Field at)
    {
        if (Status != ResultStatus.Attested) return NotNow(RecordsReasons.ResultNotAttested, at);
        if (Reason(reason) is not { } why) return DomainError.Of(RecordsReasons.RemovalReasonNeeded, nameof(reason), MaxReasonLength);

        Status = ResultStatus.RemovalRequested;
        RemovalRequestedBy = requestedBy;
        RemovalRequestedAt = clock.GetUtcNow();
        RemovalReason = why;
        Touch(requestedBy, clock);
        return null;
    }

    /// <summary>The examiner attests the removal. The result is kept, marked removed, with its original decision.</summary>
    public DomainError? AttestRemoval(string examiner, TimeProvider clock, Field at)
    {
        if (Status != ResultStatus.RemovalRequested) return NotNow(RecordsReasons.RemovalNotRequested, at);

        Status = ResultStatus.Removed;
        RemovedBy = examiner;
        RemovedAt = clock.GetUtcNow();
        Touch(examiner, clock);
        return null;
    }

    private void Apply(GradeEntry checkedEntry, ResultTarget target)
    {
        var scale = target.Scale;
        var grade = scale.Grades.Single(g => string.Equals(g.Code, checkedEntry.Grade, StringComparison.OrdinalIgnoreCase));
        GradingScaleId = scale.Id;
        Grade = grade.Code;
        IsPassing = grade.IsPassing;
        Credits = target.Credits;
        ExaminationDate = checkedEntry.ExaminationDate!.Value;
        ProjectTitle = checkedEntry.ProjectTitle;
    }

    private void Decide(string examiner, TimeProvider clock)
    {
        DecidedBy = examiner;
        DecidedAt = clock.GetUtcNow();
        Touch(examiner, clock);
    }

    private void Touch(string changedBy, TimeProvider clock)
    {
        ChangedBy = changedBy;
        ChangedAt = clock.GetUtcNow();
    }

    private static string? Reason(string? reason) => reason?.Trim() is { Length: > 0 and <= MaxReasonLength } trimmed ? trimmed : null;

    /// <summary>RESULT_ATTESTED for a step that needs an open result, on an attested one (or one whose removal is requested).</summary>
    private DomainError? Attested(Field at) =>
        Status is ResultStatus.Attested or ResultStatus.RemovalRequested ? DomainError.Of(RecordsReasons.ResultAttested, at) : null;

    /// <summary>A workflow step refused in the result's status: <paramref name="reason"/> with the status and the step, if any.</summary>
    private DomainError NotNow(ErrorReason reason, Field at, params Wording[] steps) =>
        DomainError.Of(reason, at, [Describe(Status), .. steps]);

    /// <summary>Separation of duties: whoever recorded a credit transfer cannot also decide it.</summary>
    private DomainError? RecordedBySameHand(string decider, Wording what, Field at) =>
        Origin == ResultOrigin.CreditTransfer && string.Equals(ReportedBy, decider, StringComparison.Ordinal)
            ? DomainError.Of(RecordsReasons.OwnCreditTransfer, at, decider, what)
            : null;

    /// <summary>The status as a refusal names it: "The result is {status}".</summary>
    public static Wording Describe(ResultStatus status) => status switch
    {
        ResultStatus.Draft => new("ett utkast", "a draft"),
        ResultStatus.Ready => new("klarmarkerat", "marked ready"),
        ResultStatus.Rejected => new("avslaget", "rejected"),
        ResultStatus.Attested => new("attesterat", "attested"),
        ResultStatus.RemovalRequested => new("attesterat och begärt borttaget", "attested with its removal requested"),
        ResultStatus.Removed => new("borttaget", "removed"),
        _ => new(status.ToString(), status.ToString()),
    };
}
