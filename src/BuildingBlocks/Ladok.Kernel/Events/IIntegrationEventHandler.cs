using System.Diagnostics.CodeAnalysis;

namespace Ladok.Kernel.Events;

/// <summary>
/// A subscriber to one kind of integration event. Delivery is at least once: after a crash, or
/// when the handler's own commit succeeded but recording the delivery did not, the same message
/// comes again. A handler must therefore be idempotent, typically by storing
/// <see cref="IntegrationEventContext.MessageId"/> with its own change under a unique key.
/// A handler that throws is retried later with back-off and parked after repeated failure; it
/// never holds up other subscribers.
/// </summary>
[SuppressMessage("Naming", "CA1711", Justification = "Not a .NET event delegate: the name modular monoliths give a subscriber to integration events.")]
public interface IIntegrationEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken);
}

/// <summary>What a handler knows about the message besides the event itself.</summary>
/// <param name="MessageId">The outbox message's id: the same on every redelivery, so handlers de-duplicate by it.</param>
/// <param name="OccurredAt">When the publishing module wrote the event (its clock), not when it is delivered.</param>
/// <param name="Attempt">1 on first delivery to this subscriber, higher on retries after a failure.</param>
public sealed record IntegrationEventContext(Guid MessageId, DateTimeOffset OccurredAt, int Attempt);
