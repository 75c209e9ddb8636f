using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.Events;

/// <summary>
/// What an operator does with one module's outbox: list the deliveries that gave up, and send
/// them again. <see cref="OutboxRegistration.RegisterOutbox{TContext}"/> registers one per outbox;
/// the host's <c>outbox parked</c> and <c>outbox retry</c> verbs use them all.
/// </summary>
public interface IOutboxAdministration
{
    /// <summary>The module's schema, such as <c>records</c>: where its outbox tables are.</summary>
    string Schema { get; }

    /// <summary>Every parked delivery of this outbox, the oldest first.</summary>
    Task<IReadOnlyList<ParkedDelivery>> ParkedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Re-queues the parked deliveries of one message, or of every message when
    /// <paramref name="messageId"/> is null: each gets a fresh round of attempts (its last error
    /// is kept until it succeeds), and its message is pending again, so the dispatcher calls only
    /// those subscribers; the ones that had it are not called again. Returns how many were re-queued.
    /// </summary>
    Task<int> RetryParkedAsync(Guid? messageId, CancellationToken cancellationToken);

    /// <summary>How far behind this outbox is, for the host's metrics: what waits for delivery, since when, and what was parked.</summary>
    Task<OutboxBacklog> BacklogAsync(CancellationToken cancellationToken);
}

/// <summary>What one outbox holds that has not been delivered.</summary>
/// <param name="Module">The schema of the outbox.</param>
/// <param name="Pending">Messages that some subscriber has not had yet (parked deliveries excepted).</param>
/// <param name="OldestPendingAt">When the oldest of them was written; null when there are none.</param>
/// <param name="Parked">Deliveries the dispatcher gave up on, waiting for <c>outbox retry</c>.</param>
public sealed record OutboxBacklog(string Module, int Pending, DateTimeOffset? OldestPendingAt, int Parked);

/// <summary>A delivery the dispatcher gave up on, as an operator sees it.</summary>
/// <param name="Module">The schema of the outbox that holds it.</param>
/// <param name="MessageId">What <c>outbox retry</c> takes.</param>
/// <param name="EventName">The event's stored name, such as <c>records.result-attested</c>.</param>
/// <param name="Subscriber">The subscriber's stable name; a plugin's is <c>plugin:&lt;plugin id&gt;/&lt;subscriber&gt;</c>.</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="LastError">The last failure's exception type and message.</param>
/// <param name="OccurredAt">When the event was written.</param>
/// <param name="ParkedAt">When the dispatcher gave up.</param>
public sealed record ParkedDelivery(
    string Module, Guid MessageId, string EventName, string Subscriber, int Attempts, string? LastError, DateTimeOffset OccurredAt, DateTimeOffset ParkedAt);

/// <summary>The <see cref="IOutboxAdministration"/> of <typeparamref name="TContext"/>'s outbox.</summary>
public sealed class OutboxAdministration<TContext>(IDbContextFactory<TContext> factory, IOutboxSignal signal) : IOutboxAdministration
    where TContext : DbContext
{
    private readonly Lazy<string> schema = new(() =>
    {
        using var db = factory.CreateDbContext();
        return db.Model.GetDefaultSchema() ?? "public";
    });

    public string Schema => schema.Value;

    public async Task<IReadOnlyList<ParkedDelivery>> ParkedAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from delivery in db.Set<OutboxDelivery>()
                where delivery.ParkedAt != null
                join message in db.Set<OutboxMessage>() on delivery.MessageId equals message.Id
                orderby delivery.ParkedAt, message.Id, delivery.Subscriber
                select new { message.Id, message.Type, delivery.Subscriber, delivery.Attempts, delivery.LastError, message.OccurredAt,
                    ParkedAt = delivery.ParkedAt!.Value })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ParkedDelivery(Schema, r.Id, r.Type, r.Subscriber, r.Attempts, r.LastError, r.OccurredAt, r.ParkedAt)).ToList();
    }

    public async Task<OutboxBacklog> BacklogAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pending = await db.Set<OutboxMessage>().Where(m => m.DispatchedAt == null)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Oldest = g.Min(m => (DateTimeOffset?)m.OccurredAt) })
            .SingleOrDefaultAsync(cancellationToken);
        var parked = await db.Set<OutboxDelivery>().CountAsync(d => d.ParkedAt != null, cancellationToken);
        return new OutboxBacklog(Schema, pending?.Count ?? 0, pending?.Oldest, parked);
    }

    public async Task<int> RetryParkedAsync(Guid? messageId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var parked = db.Set<OutboxDelivery>().Where(d => d.ParkedAt != null && (messageId == null || d.MessageId == messageId));
        var messageIds = await parked.Select(d => d.MessageId).Distinct().ToListAsync(cancellationToken);
        if (messageIds.Count == 0) return 0;

        // The messages first: that waits for a dispatcher pass holding one to commit, so its outcome cannot undo ours.
        await db.Set<OutboxMessage>().Where(m => messageIds.Contains(m.Id))
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.DispatchedAt, (DateTimeOffset?)null), cancellationToken);
        var requeued = await db.Set<OutboxDelivery>().Where(d => d.ParkedAt != null && messageIds.Contains(d.MessageId))
            .ExecuteUpdateAsync(d => d
                .SetProperty(x => x.ParkedAt, (DateTimeOffset?)null)
                .SetProperty(x => x.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(x => x.Attempts, 0), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        return requeued;
    }
}
