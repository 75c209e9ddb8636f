using System.Collections.Concurrent;
using Ladok.Kernel.Events;
using Npgsql;

namespace Ladok.Kernel.Tests.Data;

public sealed record ThingCreated(Guid ThingId, string Name, int Credits) : IIntegrationEvent;

[IntegrationEventName("kernel-test.thing-renamed")]
public sealed record ThingRenamed(Guid ThingId, string Name) : IIntegrationEvent;

/// <summary>Every call any test subscriber received, shared by the containers of one test.</summary>
public sealed class Journal
{
    public ConcurrentQueue<(string Subscriber, Guid MessageId, object Event)> Calls { get; } = new();

    public int CallsTo(string subscriber) => Calls.Count(c => c.Subscriber == subscriber);

    public void Add(string subscriber, IntegrationEventContext context, object @event) => Calls.Enqueue((subscriber, context.MessageId, @event));
}

/// <summary>Records what it gets; not idempotent, so the journal shows every delivery.</summary>
public sealed class AuditorOfThings(Journal journal) : IIntegrationEventHandler<ThingCreated>, IIntegrationEventHandler<ThingRenamed>
{
    public const string Name = "auditor";

    public Task HandleAsync(ThingCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        journal.Add(Name, context, integrationEvent);
        return Task.CompletedTask;
    }

    public Task HandleAsync(ThingRenamed integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        journal.Add(Name, context, integrationEvent);
        return Task.CompletedTask;
    }
}

/// <summary>Fails every time while <see cref="Broken"/> says so.</summary>
public sealed class FlakySubscriber(Journal journal, FlakySubscriber.Switch broken) : IIntegrationEventHandler<ThingCreated>
{
    public const string Name = "flaky";

    public sealed class Switch
    {
        public bool Broken { get; set; } = true;
    }

    public Task HandleAsync(ThingCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        journal.Add(Name, context, integrationEvent);
        if (broken.Broken) throw new InvalidOperationException($"The reporting store is down ({integrationEvent.Name}).");
        return Task.CompletedTask;
    }
}

/// <summary>
/// An idempotent subscriber as handlers should be written: its change and the message id go into
/// its own store together, under a unique key, so a redelivered message changes nothing.
/// </summary>
public sealed class IdempotentSubscriber(NpgsqlDataSource dataSource, Journal journal, IdempotentSubscriber.Crash crash)
    : IIntegrationEventHandler<ThingCreated>
{
    public const string Name = "idempotent";

    /// <summary>Kills the dispatcher after the given number of calls, after the handler's own commit.</summary>
    public sealed class Crash
    {
        public int AfterCalls { get; set; } = int.MaxValue;
        public CancellationTokenSource Dispatcher { get; } = new();
        private int calls;

        public bool Due() => Interlocked.Increment(ref calls) == AfterCalls;
    }

    public async Task HandleAsync(ThingCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO kernel_test.handled_message (subscriber, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new NpgsqlParameter { Value = Name });
        command.Parameters.Add(new NpgsqlParameter { Value = context.MessageId });
        await command.ExecuteNonQueryAsync(cancellationToken);
        journal.Add(Name, context, integrationEvent);
        if (crash.Due())
        {
            // The process dies after the handler committed but before the delivery was recorded.
            await crash.Dispatcher.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
