using Ladok.Kernel.Events;

namespace Ladok.Modules.Records.Contracts;

// What the Records module tells about exam sittings (aktivitetstillfällen) after a change commits, through its outbox, as
// IntegrationEvents.cs says. The anonymous code is not in them: it stays with the sign-up and the student, never carried
// to subscribers, so no copy outside Records ties a code to a person.

/// <summary>
/// A student's sign-up for an exam sitting was confirmed: they have a seat. <paramref name="ModuleCode"/> is null for an exam on the
/// whole course; <paramref name="StartsAt"/> and <paramref name="Place"/> say when and where, for a notification.
/// </summary>
[IntegrationEventName("records.exam-sign-up-confirmed")]
public sealed record ExamSignUpConfirmed(
    Guid SignUpId, Guid ExamSittingId, Guid StudentId, Guid RegistrationId, Guid CourseId, string CourseCode, string? ModuleCode,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Place, DateTimeOffset SignedUpAt)
    : IIntegrationEvent;

/// <summary>A student took back their sign-up for an exam sitting within its window; the seat is free again.</summary>
[IntegrationEventName("records.exam-sign-up-cancelled")]
public sealed record ExamSignUpCancelled(Guid SignUpId, Guid ExamSittingId, Guid StudentId, Guid CourseId, string CourseCode, DateTimeOffset CancelledAt)
    : IIntegrationEvent;
