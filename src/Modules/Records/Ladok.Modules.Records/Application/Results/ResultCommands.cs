using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>A result and the version of it the caller read: a write to a stale version is a CONFLICT and changes nothing.</summary>
public sealed record ResultRef(Guid Id, uint Version);

/// <summary><paramref name="ModuleCode"/> null reports the course grade. <paramref name="By"/> is the signed-in user's id.</summary>
public sealed record ReportResultCommand(Guid RegistrationId, string? ModuleCode, GradeEntry Entry, string By);

public sealed record EditResultCommand(ResultRef Result, GradeEntry Entry, string By);

public sealed record DeleteResultCommand(ResultRef Result, string By);

public sealed record MarkResultsReadyCommand(IReadOnlyList<ResultRef> Results, IReadOnlyList<string> Examiners, string By, bool DryRun = false);

public sealed record ReturnResultsToDraftCommand(IReadOnlyList<ResultRef> Results, string By, bool DryRun = false);

public sealed record AttestResultsCommand(IReadOnlyList<ResultRef> Results, string By, bool DryRun = false);

public sealed record RejectResultsCommand(IReadOnlyList<ResultRef> Results, string Reason, string By, bool DryRun = false);

public sealed record RequestResultRemovalCommand(ResultRef Result, string Reason, string By);

public sealed record AttestResultRemovalCommand(ResultRef Result, string By);

/// <summary>
/// A row of a bulk report: the student by id, by identity number, or by the anonymous code of their sign-up at the batch's exam
/// sitting (exactly one of the three).
/// </summary>
public sealed record ReportResultsRow(Guid? StudentId, string? IdentityNumber, GradeEntry Entry, string? AnonymousCode = null);

/// <summary><paramref name="ExamSittingId"/> is the sitting whose anonymous codes the rows may name students by.</summary>
public sealed record ReportResultsCommand(
    string IdempotencyKey, Guid OfferingId, string? ModuleCode, IReadOnlyList<ReportResultsRow> Rows, string By, Guid? ExamSittingId = null);

/// <summary><paramref name="ModuleCode"/> null transfers the whole course.</summary>
public sealed record RecordCreditTransferCommand(Guid StudentId, Guid CourseVersionId, string? ModuleCode, GradeEntry Entry, string TransferredFrom, string By);
