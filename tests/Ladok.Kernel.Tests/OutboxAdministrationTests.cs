using Autofac;
using Ladok.Kernel.Events;
using Ladok.Kernel.Tests.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.Tests;

/// <summary>Subscribers that know an event by name only (plugins'), and what an operator does with parked deliveries.</summary>
public sealed class OutboxAdministrationTests(PostgresDatabase cluster) : IClassFixture<PostgresDatabase>
{
    private static readonly OutboxOptions ParkAfterTwo = new() { MaxAttempts = 2, RetryDelay = _ => TimeSpan.Zero };

    [Fact]
    public async Task A_json_subscriber_gets_the_payload_of_the_event_it_names_and_no_other()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var received = new List<(Guid MessageId, int Attempt, string Name)>();
        await using var container = database.Container(
            b => b.RegisterInstance(IntegrationEventSubscription.ForJson("plugin:test/json", "kernel-test.thing-renamed",
            (_, payload, context, _) =>
            {
                received.Add((context.MessageId, context.Attempt, payload.GetProperty("name").GetString()!));
                return Task.CompletedTask;
            })));
        var thing = await CreateThingAsync(database, "Algebra");
        await RenameThingAsync(database, thing, "Linear algebra");

        Assert.Equal(2, await container.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(CancellationToken.None));

        var (messageId, attempt, name) = Assert.Single(received);
        Assert.Equal("Linear algebra", name);
        Assert.Equal(1, attempt);
        Assert.Equal(
            1L, await database.CountAsync("outbox_deliveries", $"message_id = '{messageId}' AND subscriber = 'plugin:test/json' AND delivered_at IS NOT NULL"));
    }

    [Fact]
    public async Task Parked_deliveries_are_listed_with_their_event_subscriber_attempts_and_last_error()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using var container = database.Container(b => b.RegisterInstance(Failing("plugin:test/down")), ParkAfterTwo);
        var dispatcher = container.Resolve<OutboxDispatcher<KernelTestDbContext>>();
        await CreateThingAsync(database, "Algebra");

        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var administration = container.Resolve<IOutboxAdministration>();
        var parked = Assert.Single(await administration.ParkedAsync(CancellationToken.None));

        Assert.Equal("kernel_test", administration.Schema);
        Assert.Equal(
            ("kernel_test", typeof(ThingCreated).FullName, "plugin:test/down", 2), (parked.Module, parked.EventName, parked.Subscriber, parked.Attempts));
        Assert.Equal("System.InvalidOperationException: The local system is down.", parked.LastError);
        Assert.Equal(await database.ScalarAsync<Guid>("SELECT id FROM kernel_test.outbox_messages"), parked.MessageId);
    }

    [Fact]
    public async Task Retrying_a_parked_delivery_calls_only_that_subscriber_again_and_then_dispatches_the_message()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        var down = true;
        await using var container = database.Container(b =>
        {
            b.RegisterInstance(journal);
            b.RegisterIntegrationEventHandler<AuditorOfThings>(AuditorOfThings.Name);
            b.RegisterInstance(IntegrationEventSubscription.ForJson("plugin:test/recovering", typeof(ThingCreated).FullName!, (_, _, context, _) =>
            {
                journal.Add("plugin:test/recovering", context, "call");
                return down ? throw new InvalidOperationException("The local system is down.") : Task.CompletedTask;
            }));
        }, ParkAfterTwo);
        var dispatcher = container.Resolve<OutboxDispatcher<KernelTestDbContext>>();
        var administration = container.Resolve<IOutboxAdministration>();
        await CreateThingAsync(database, "Algebra");
        await CreateThingAsync(database, "Geometry");
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var first = (await administration.ParkedAsync(CancellationToken.None))[0].MessageId;

        down = false;
        Assert.Equal(1, await administration.RetryParkedAsync(first, CancellationToken.None));
        Assert.Equal(1, await dispatcher.DispatchPendingAsync(CancellationToken.None));

        // The retried message went to the recovered subscriber once more, and to nobody else again; the other message stays parked.
        Assert.Equal(3, journal.Calls.Count(c => c.Subscriber == "plugin:test/recovering" && c.MessageId == first));
        Assert.Equal(1, journal.Calls.Count(c => c.Subscriber == AuditorOfThings.Name && c.MessageId == first));
        Assert.Equal(
            1L, await database.CountAsync(
                "outbox_deliveries", $"message_id = '{first}' AND subscriber = 'plugin:test/recovering' AND delivered_at IS NOT NULL AND attempts = 1"));
        Assert.Equal(0L, await database.CountAsync("outbox_messages", "dispatched_at IS NULL"));
        Assert.NotEqual(first, Assert.Single(await administration.ParkedAsync(CancellationToken.None)).MessageId);

        Assert.Equal(1, await administration.RetryParkedAsync(null, CancellationToken.None));
        Assert.Equal(1, await dispatcher.DispatchPendingAsync(CancellationToken.None));
        Assert.Empty(await administration.ParkedAsync(CancellationToken.None));
        Assert.Equal(0, await administration.RetryParkedAsync(null, CancellationToken.None));
    }

    private static async Task<Guid> CreateThingAsync(KernelTestDatabase database, string name)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        db.ActAs("ladokadm", TimeProvider.System);
        var thing = new Thing { Name = name, Credits = 15 };
        db.Things.Add(thing);
        db.AddIntegrationEvent(new ThingCreated(thing.Id, thing.Name, thing.Credits), TimeProvider.System);
        await db.SaveChangesAsync();
        return thing.Id;
    }

    private static async Task RenameThingAsync(KernelTestDatabase database, Guid id, string name)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        db.ActAs("ladokadm", TimeProvider.System);
        var thing = await db.Things.SingleAsync(t => t.Id == id);
        thing.Name = name;
        db.AddIntegrationEvent(new ThingRenamed(id, name), TimeProvider.System);
        await db.SaveChangesAsync();
    }

    private static IntegrationEventSubscription Failing(string subscriber) =>
        IntegrationEventSubscription.ForJson(subscriber, typeof(ThingCreated).FullName!,
            (_, _, _, _) => throw new InvalidOperationException("The local system is down."));
}
