using System.Diagnostics;
using System.Text.Json;
using Autofac;
using Ladok.Kernel.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ladok.Kernel.Events;

/// <summary>
/// Delivers one module's outbox to the in-process subscribers, after commit, at least once.
/// Each message is taken under <c>FOR UPDATE SKIP LOCKED</c> in its own transaction, so several
/// host instances share the work without delivering the same message at the same time. Every
/// subscriber that has not had the message is called, and its outcome recorded in
/// <c>outbox_deliveries</c> in that transaction; the message is marked dispatched when every
/// subscriber has it (or was parked). A crash between a handler's success and that commit means
/// the handler gets the message again, which is why handlers de-duplicate by message id.
/// </summary>
public sealed class OutboxDispatcher<TContext> : BackgroundService where TContext : DbContext
{
    private readonly IDbContextFactory<TContext> factory;
    private readonly ILifetimeScope scope;
    private readonly ILookup<string, IntegrationEventSubscription> subscriptions;
    private readonly OutboxSignal signal;
    private readonly TimeProvider clock;
    private readonly OutboxOptions options;
    private readonly ILogger logger;

    public OutboxDispatcher(
        IDbContextFactory<TContext> factory,
        ILifetimeScope scope,
        IEnumerable<IntegrationEventSubscription> subscriptions,
        OutboxSignal signal,
        TimeProvider clock,
        OutboxOptions? options = null,
        ILogger<OutboxDispatcher<TContext>>? logger = null)
    {
        this.factory = factory;
        this.scope = scope;
        this.subscriptions = subscriptions.ToLookup(s => s.EventName, StringComparer.Ordinal);
        this.signal = signal;
        this.clock = clock;
        this.options = options ?? new OutboxOptions();
        this.logger = logger ?? NullLogger<OutboxDispatcher<TContext>>.Instance;
    }

    /// <summary>
    /// One pass over the pending messages, each at most once: those another instance holds are
    /// skipped, failed deliveries not yet due are left for a later pass. Returns the number of
    /// messages this pass marked dispatched.
    /// </summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var dispatched = 0;
        var after = Guid.Empty;
        while (await DispatchNextAsync(after, cancellationToken) is { } outcome)
        {
            after = outcome.MessageId;
            if (outcome.Dispatched) dispatched++;
        }
        return dispatched;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must outlive a database that is down for a while; the next poll tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Dispatching the {Context} outbox failed; trying again at the next poll", typeof(TContext).Name);
            }

            try
            {
                await wake.WaitAsync(options.PollInterval, clock, stoppingToken);
            }
            catch (TimeoutException)
            {
                // The poll: nobody signalled, look anyway.
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task<(Guid MessageId, bool Dispatched)?> DispatchNextAsync(Guid after, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var table = db.Model.FindEntityType(typeof(OutboxMessage))
            ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no outbox: call modelBuilder.AddOutbox() in OnModelCreating.");
        var name = $"\"{table.GetSchema() ?? "public"}\".\"{table.GetTableName()}\"";
#pragma warning disable EF1002 // The table name comes from the model, not from input; the value is a parameter.
        var messages = await db.Set<OutboxMessage>()
            .FromSqlRaw($"SELECT * FROM {name} WHERE dispatched_at IS NULL AND id > {{0}} ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED", after)
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002
        if (messages is not [var message]) return null;

        var deliveries = await db.Set<OutboxDelivery>().Where(d => d.MessageId == message.Id)
            .ToDictionaryAsync(d => d.Subscriber, StringComparer.Ordinal, cancellationToken);
        var subscribers = subscriptions[message.Type].ToList();
        var events = new Dictionary<Type, object>();
        foreach (var subscription in subscribers)
        {
            if (!deliveries.TryGetValue(subscription.Subscriber, out var delivery))
            {
                delivery = new OutboxDelivery(message.Id, subscription.Subscriber);
                deliveries.Add(subscription.Subscriber, delivery);
                db.Add(delivery);
            }
            if (!delivery.IsDue(clock.GetUtcNow())) continue;

            // A trace of its own per delivery (the write that raised the event committed long ago), so a handler's SQL has a parent.
            using var activity = LadokTelemetry.ActivitySource.StartActivity($"deliver {message.Type}", ActivityKind.Consumer);
            activity?.SetTag("messaging.system", "ladok.outbox");
            activity?.SetTag("messaging.destination.name", message.Type);
            activity?.SetTag("messaging.message.id", message.Id.ToString());
            activity?.SetTag("ladok.outbox.subscriber", subscription.Subscriber);
            try
            {
                // Read as the subscriber's own type; a payload it cannot read fails that subscriber like any other error.
                if (!events.TryGetValue(subscription.EventType, out var @event))
                {
                    @event = JsonSerializer.Deserialize(message.Payload, subscription.EventType, OutboxMessage.Json)
                        ?? throw new JsonException($"Message {message.Id} has a null payload.");
                    events.Add(subscription.EventType, @event);
                }
                await subscription.InvokeAsync(
                    scope, @event, new IntegrationEventContext(message.Id, message.OccurredAt, delivery.Attempts + 1), cancellationToken);
                delivery.Delivered(clock.GetUtcNow());
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopping: nothing of this message is recorded, so it comes again to everyone called so far.
                throw;
            }
#pragma warning disable CA1031 // A subscriber's failure is recorded against it alone; the others carry on.
            catch (Exception e)
#pragma warning restore CA1031
            {
                activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
                delivery.Failed(e, clock.GetUtcNow(), options);
                if (delivery.ParkedAt is not null)
                {
                    logger.LogError(
                        e, "Parked message {MessageId} ({Type}) for {Subscriber} after {Attempts} attempts", message.Id, message.Type,
                        delivery.Subscriber, delivery.Attempts);
                }
                else
                {
                    logger.LogWarning(
                        e, "Delivering message {MessageId} ({Type}) to {Subscriber} failed (attempt {Attempts}); retrying at {NextAttemptAt}",
                        message.Id, message.Type, delivery.Subscriber, delivery.Attempts, delivery.NextAttemptAt);
                }
            }
        }

        var done = subscribers.TrueForAll(s => deliveries[s.Subscriber].IsSettled);
        if (done) message.Dispatched(clock.GetUtcNow());
        // Delivery state is saved whatever the handlers did; the rows are the outbox's own, never audited.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return (message.Id, done);
    }
}
