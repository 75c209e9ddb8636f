using Ladok.Kernel.Events;

namespace Ladok.Modules.Records.Contracts;

// What the Records module tells other modules (Reporting) and plugins after a change commits,
// through its outbox: at least once, so a subscriber de-duplicates by the message id. The names
// are stored with each message and must not change.

/// <summary>A student was registered on an offering (registrering).</summary>
[IntegrationEventName("records.registration-recorded")]
public sealed record RegistrationRecorded(
    Guid RegistrationId, Guid StudentId, Guid OfferingId, Guid CourseId, string CourseCode, Guid DepartmentId, string Term, string Kind,
    DateTimeOffset RegisteredAt)
    : IIntegrationEvent;

/// <summary>
/// A result was attested (a credit transfer too, once an attestant decided it): it now counts. <paramref name="ModuleCode"/>
/// is null for a course grade; <paramref name="Credits"/> are attained only when <paramref name="IsPassing"/>.
/// </summary>
[IntegrationEventName("records.result-attested")]
public sealed record ResultAttested(
    Guid ResultId, Guid StudentId, Guid? RegistrationId, Guid CourseId, string CourseCode, Guid CourseVersionId, string? ModuleCode, Guid DepartmentId,
    string Grade, bool IsPassing, decimal Credits, DateOnly ExaminationDate, DateTimeOffset DecidedAt, string Origin)
    : IIntegrationEvent;

/// <summary>An examiner attested the removal of an attested result: it no longer counts, but stays on record.</summary>
[IntegrationEventName("records.result-removed")]
public sealed record ResultRemoved(Guid ResultId, Guid StudentId, Guid CourseId, string? ModuleCode, bool IsPassing, decimal Credits, DateTimeOffset RemovedAt)
    : IIntegrationEvent;

/// <summary>
/// Studieavbrott on a course registration. An early dropout (<paramref name="IsEarly"/>) counts as
/// never started and gives no HST. <paramref name="ProgrammeRegistrationId"/> is set when it
/// followed from a programme dropout; <paramref name="Credits"/> are the course version's.
/// </summary>
[IntegrationEventName("records.dropout-recorded")]
public sealed record DropoutRecorded(
    Guid RegistrationId, Guid StudentId, Guid OfferingId, Guid CourseId, string CourseCode, Guid DepartmentId, string Term,
    DateOnly Date, bool IsEarly, decimal? Credits, Guid? ProgrammeRegistrationId, DateTimeOffset RecordedAt)
    : IIntegrationEvent;

/// <summary>Studieavbrott from a programme; each course registration it reached has its own <see cref="DropoutRecorded"/>.</summary>
[IntegrationEventName("records.programme-dropout-recorded")]
public sealed record ProgrammeDropoutRecorded(
    Guid ProgrammeRegistrationId, Guid StudentId, Guid ProgrammeId, string ProgrammeCode, Guid DepartmentId, DateOnly Date, DateTimeOffset RecordedAt)
    : IIntegrationEvent;

/// <summary>
/// Studieuppehåll on a course registration: the part of a programme's study break that falls on the offering (its
/// <see cref="ProgrammeStudyBreakRecorded"/> names the break), or a break recorded on the registration alone before breaks
/// were decided on programme registrations.
/// </summary>
[IntegrationEventName("records.break-recorded")]
public sealed record StudyBreakRecorded(
    Guid StudyBreakId, Guid RegistrationId, Guid StudentId, Guid OfferingId, Guid CourseId, string CourseCode, Guid DepartmentId,
    DateOnly From, DateOnly To, DateTimeOffset RecordedAt)
    : IIntegrationEvent;

/// <summary>
/// Studieuppehåll decided on a programme registration (HF 7 kap. 33 §): from, to, the term the student resumes and whether the
/// place is guaranteed; each course registration it puts on break has its own <see cref="StudyBreakRecorded"/>.
/// </summary>
[IntegrationEventName("records.programme-break-recorded")]
public sealed record ProgrammeStudyBreakRecorded(
    Guid ProgrammeStudyBreakId, Guid ProgrammeRegistrationId, Guid StudentId, Guid ProgrammeId, string ProgrammeCode, Guid DepartmentId,
    DateOnly From, DateOnly To, string ResumeTerm, bool GuaranteedPlace, DateTimeOffset RecordedAt)
    : IIntegrationEvent;

/// <summary>
/// A registration was removed before its offering started (removed as one that should not stand, or, before ADR 0018, the
/// student's återbud); it never counted.
/// </summary>
[IntegrationEventName("records.registration-withdrawn")]
public sealed record RegistrationWithdrawn(Guid RegistrationId, Guid StudentId, Guid OfferingId, Guid CourseId, Guid DepartmentId, DateOnly Date)
    : IIntegrationEvent;

/// <summary>A student was registered on a programme from a start term.</summary>
[IntegrationEventName("records.programme-registration-recorded")]
public sealed record ProgrammeRegistrationRecorded(
    Guid ProgrammeRegistrationId, Guid StudentId, Guid ProgrammeId, string ProgrammeCode, Guid DepartmentId, string StartTerm, DateTimeOffset RegisteredAt)
    : IIntegrationEvent;

/// <summary>
/// A student's identity number was replaced (an interim number or samordningsnummer by the personnummer, say); the student
/// and their records are the same. A module or plugin that keeps a copy of the number follows it. Numbers are twelve
/// characters, YYYYMMDDNNNC; the kinds are <c>Personal</c>, <c>Coordination</c> or <c>Interim</c>.
/// </summary>
[IntegrationEventName("records.student-identity-number-changed")]
public sealed record StudentIdentityNumberChanged(
    Guid StudentId, string IdentityNumber, string Kind, string FormerIdentityNumber, string FormerKind, DateTimeOffset ChangedAt)
    : IIntegrationEvent;

/// <summary>
/// A study administrator recorded whether a student pays fees (betalande student) in a term: a fee-paying
/// student's registrations and results of that term are not in the funded HST and HPR.
/// </summary>
[IntegrationEventName("records.fee-paying-recorded")]
public sealed record FeePayingRecorded(Guid StudentId, string Term, bool IsFeePaying, DateTimeOffset RecordedAt) : IIntegrationEvent;
