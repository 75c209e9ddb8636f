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
            return DomainError.Validation($"Say where the credits were earned, in at most {MaxReasonLength} characters.", at.Then(nameof(transferredFrom)));
        }

        var reported = Report(target, entry, recordedBy, clock, at);
        if (!reported.Succeeded) return reported;
        if (!reported.Value!.IsPassing)
        {
            return DomainError.Validation(
                $"{reported.Value.Grade} is a failing grade; a credit transfer recognises credits earned, so its grade is a passing one.",
                at.Then(nameof(GradeEntry.Grade)));
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
        IsOpen ? null : Attested(at) ?? NotNow("edited", "Request its removal, then report a new result.", at);

    /// <summary>Only a result nobody has decided on may be deleted.</summary>
    public DomainError? CheckDeletable(Field at) =>
        Status is ResultStatus.Draft or ResultStatus.Rejected ? null
        : Attested(at) ?? NotNow("deleted", "Only drafts and rejected results may be deleted.", at);

    public DomainError? MarkReady(IReadOnlyList<string> examiners, string changedBy, TimeProvider clock, Field at)
    {
        if (Status is not (ResultStatus.Draft or ResultStatus.Rejected)) return Attested(at) ?? NotNow(
            "marked ready", "Only drafts and rejected results may be marked ready.", at);

        var named = examiners.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count == 0) return DomainError.Validation("Name at least one examiner who will decide on the result.", nameof(examiners));
        if (named.Any(e => e.Length > RecordsRules.MaxUserIdLength)) return DomainError.Validation(
            $"An examiner's user id has at most {RecordsRules.MaxUserIdLength} characters.", nameof(examiners));

        Status = ResultStatus.Ready;
        Examiners = named;
        RejectionReason = null;
        Touch(changedBy, clock);
        return null;
    }

    public DomainError? ReturnToDraft(string changedBy, TimeProvider clock, Field at)
    {
        if (Status != ResultStatus.Ready) return NotNow("returned to draft", "Only ready results go back to draft.", at);

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
        if (Status != ResultStatus.Ready) return NotNow("attested", "Only results marked ready may be attested.", at);
        if (RecordedBySameHand(examiner, "attest", at) is { } ownTransfer) return ownTransfer;

        Status = ResultStatus.Attested;
        Decide(examiner, clock);
        return null;
    }

    /// <summary>Avslå: sends the result back to its reporter, saying why.</summary>
    public DomainError? Reject(string examiner, string reason, TimeProvider clock, Field at)
    {
        if (Status != ResultStatus.Ready) return NotNow("rejected", "Only results marked ready may be rejected.", at);
        if (RecordedBySameHand(examiner, "reject", at) is { } ownTransfer) return ownTransfer;
        if (Reason(reason) is not { } why) return DomainError.Validation(
            $"Say why the result is rejected, in at most {MaxReasonLength} characters.", nameof(reason));

        Status = ResultStatus.Rejected;
        RejectionReason = why;
        Decide(examiner, clock);
        return null;
    }

    /// <summary>The first step of changing an attested result: a reporter asks an examiner to attest its removal.</summary>
    public DomainError? RequestRemoval(string requestedBy, string reason, TimeProvider clock, Field at)
    {
        if (Status != ResultStatus.Attested) return NotNow(
            "asked to be removed", "Only attested results can be removed; a result not yet attested can be edited or deleted.", at);
        if (Reason(reason) is not { } why) return DomainError.Validation(
            $"Say why the result should be removed, in at most {MaxReasonLength} characters.", nameof(reason));

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
        if (Status != ResultStatus.RemovalRequested) return NotNow("removed", "Its removal must be requested first.", at);

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

    private DomainError NotNow(string what, string instead, Field at) =>
        DomainError.InvalidState($"The result is {Describe(Status)} and cannot be {what}. {instead}", at);

    /// <summary>Separation of duties: whoever recorded a credit transfer cannot also decide it.</summary>
    private DomainError? RecordedBySameHand(string decider, string what, Field at) =>
        Origin == ResultOrigin.CreditTransfer && string.Equals(ReportedBy, decider, StringComparison.Ordinal)
            ? DomainError.Forbidden($"{decider} recorded this credit transfer and so cannot {what} it; another attestant with the right decides it.", at)
            : null;

    public static string Describe(ResultStatus status) => status switch
    {
        ResultStatus.Draft => "a draft",
        ResultStatus.Ready => "marked ready",
        ResultStatus.Rejected => "rejected",
        ResultStatus.Attested => "attested",
        ResultStatus.RemovalRequested => "attested with its removal requested",
        ResultStatus.Removed => "removed",
        _ => status.ToString(),
    };
}
