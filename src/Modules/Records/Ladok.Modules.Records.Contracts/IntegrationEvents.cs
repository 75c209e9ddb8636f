using Ladok.Kernel.Events;

namespace Ladok.Modules.Records.Contracts;

// What the Records module tells other modules (Reporting) and plugins after a change commits,
// through its outbox: at least once, so a subscriber de-duplicates by the message id. The names
// are stored with each message and must not change.

/// <summary>A student was registered on an offering (registrering).</summary>
[IntegrationEventName("records.registration-recorded")]
public sealed record RegistrationRecorded(
    Guid RegistrationId, Guid StudentId, Guid OfferingId, Guid CourseId, string CourseCode, Guid DepartmentId, string Term, string Kind, DateTimeOffset RegisteredAt)
    : IIntegrationEvent;

/// <summary>
/// A result was attested, or a credit transfer recorded: it now counts. <paramref name="ModuleCode"/>
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
