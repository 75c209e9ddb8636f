using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.Events;

/// <summary>How a use case publishes: the event joins the change in the same <c>SaveChanges</c>.</summary>
public static class Outbox
{
    /// <summary>
    /// Adds <paramref name="event"/> to the context's outbox; it is stored by the next
    /// <c>SaveChanges</c>, in the same transaction as the change. After the commit, call
    /// <see cref="IOutboxSignal.Notify"/> so the dispatcher delivers it now rather than at its next poll.
    /// The context's model must have <see cref="OutboxModel.AddOutbox"/>.
    /// </summary>
    public static OutboxMessage AddIntegrationEvent(this DbContext db, IIntegrationEvent @event, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var message = OutboxMessage.For(@event, clock.GetUtcNow());
        db.Set<OutboxMessage>().Add(message);
        return message;
    }
}
