using Autofac;
using Ladok.Kernel.Events;
using Ladok.Kernel.Tests.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.Tests;

public sealed class OutboxTests(PostgresDatabase cluster) : IClassFixture<PostgresDatabase>
{
    private static readonly OutboxOptions RetryAtOnce = new() { RetryDelay = _ => TimeSpan.Zero };

    [Fact]
    public async Task Saved_change_and_its_event_are_stored_together()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var thing = await CreateThingAsync(database, "Algebra");

        var stored = await database.ScalarAsync<string>(
            "SELECT type || ' ' || (payload ->> 'name') FROM kernel_test.outbox_messages WHERE dispatched_at IS NULL");
        Assert.Equal($"{typeof(ThingCreated).FullName} Algebra", stored);
        Assert.Equal(1L, await database.CountAsync("things", $"id = '{thing}'"));
    }

    [Fact]
    public async Task Rolled_back_change_leaves_no_event()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.ActAs("ladokadm", TimeProvider.System);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var thing = new Thing { Name = "Algebra", Credits = 15 };
            db.Things.Add(thing);
            db.AddIntegrationEvent(new ThingCreated(thing.Id, thing.Name, thing.Credits), TimeProvider.System);
            await db.SaveChangesAsync();
            Assert.Equal(1, await db.Set<OutboxMessage>().CountAsync());
            await transaction.RollbackAsync();
        }

        Assert.Equal(0L, await database.CountAsync("things"));
        Assert.Equal(0L, await database.CountAsync("outbox_messages"));
        Assert.Equal(0L, await database.CountAsync("audit_entries"));
    }

    [Fact]
    public async Task Dispatch_after_commit_reaches_every_subscriber_once()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        await using var container = database.Container(b =>
        {
            b.RegisterInstance(journal);
            b.RegisterInstance(new IdempotentSubscriber.Crash());
            b.RegisterIntegrationEventHandler<AuditorOfThings>(AuditorOfThings.Name);
            b.RegisterIntegrationEventHandler<IdempotentSubscriber>(IdempotentSubscriber.Name);
        });
        var thing = await CreateThingAsync(database, "Algebra");
        await RenameThingAsync(database, thing, "Linear algebra");

        var dispatched = await container.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(CancellationToken.None);
        var again = await container.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(2, dispatched);
        Assert.Equal(0, again);
        // The auditor takes both event types; the idempotent subscriber only ThingCreated.
        Assert.Equal(
            [new ThingCreated(thing, "Algebra", 15), new ThingRenamed(thing, "Linear algebra")],
            journal.Calls.Where(c => c.Subscriber == AuditorOfThings.Name).Select(c => c.Event).ToList());
        Assert.Equal(1, journal.CallsTo(IdempotentSubscriber.Name));
        Assert.Equal(0L, await database.CountAsync("outbox_messages", "dispatched_at IS NULL"));
        Assert.Equal(3L, await database.CountAsync("outbox_deliveries", "delivered_at IS NOT NULL AND attempts = 1"));
        Assert.Equal("kernel-test.thing-renamed", await database.ScalarAsync<string>(
            "SELECT type FROM kernel_test.outbox_messages ORDER BY id DESC LIMIT 1"));
    }

    [Fact]
    public async Task A_message_nobody_subscribes_to_is_dispatched_without_deliveries()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using var container = database.Container(_ => { });
        await CreateThingAsync(database, "Algebra");

        Assert.Equal(1, await container.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(CancellationToken.None));
        Assert.Equal(0L, await database.CountAsync("outbox_deliveries"));
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_block_another_and_gets_the_message_again_on_the_next_dispatch()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        var flaky = new FlakySubscriber.Switch();
        await using var container = database.Container(b =>
        {
            b.RegisterInstance(journal);
            b.RegisterInstance(flaky);
            b.RegisterIntegrationEventHandler<FlakySubscriber>(FlakySubscriber.Name);
            b.RegisterIntegrationEventHandler<AuditorOfThings>(AuditorOfThings.Name);
        }, RetryAtOnce);
        var dispatcher = container.Resolve<OutboxDispatcher<KernelTestDbContext>>();
        await CreateThingAsync(database, "Algebra");
        await CreateThingAsync(database, "Geometry");

        Assert.Equal(0, await dispatcher.DispatchPendingAsync(CancellationToken.None));

        // The other subscriber had both; the failure is recorded against the flaky one alone, and nothing was dispatched.
        Assert.Equal(2, journal.CallsTo(AuditorOfThings.Name));
        Assert.Equal(2L, await database.CountAsync("outbox_deliveries", $"subscriber = '{AuditorOfThings.Name}' AND delivered_at IS NOT NULL"));
        Assert.Equal(2L, await database.CountAsync("outbox_deliveries",
            $"subscriber = '{FlakySubscriber.Name}' AND attempts = 1 AND delivered_at IS NULL AND parked_at IS NULL AND last_error LIKE " +
            "'System.InvalidOperationException: The reporting store is down%'"));
        Assert.Equal(2L, await database.CountAsync("outbox_messages", "dispatched_at IS NULL"));

        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        Assert.Equal(4, journal.CallsTo(FlakySubscriber.Name));
        Assert.Equal(2L, await database.CountAsync("outbox_deliveries", $"subscriber = '{FlakySubscriber.Name}' AND attempts = 2"));

        flaky.Broken = false;
        Assert.Equal(2, await dispatcher.DispatchPendingAsync(CancellationToken.None));

        Assert.Equal(6, journal.CallsTo(FlakySubscriber.Name));
        Assert.Equal(2, journal.CallsTo(AuditorOfThings.Name));
        Assert.Equal(
            2L, await database.CountAsync("outbox_deliveries", $"subscriber = '{FlakySubscriber.Name}' AND attempts = 3 AND delivered_at IS NOT NULL"));
        Assert.Equal(0L, await database.CountAsync("outbox_messages", "dispatched_at IS NULL"));
    }

    [Fact]
    public async Task A_payload_that_cannot_be_read_is_recorded_as_that_messages_failure_and_others_still_go_out()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        await using var container = database.Container(b =>
        {
            b.RegisterInstance(journal);
            b.RegisterIntegrationEventHandler<AuditorOfThings>(AuditorOfThings.Name);
        }, RetryAtOnce);
        await using (var command = database.DataSource.CreateCommand(
            $"INSERT INTO kernel_test.outbox_messages (id, type, payload, occurred_at) VALUES ('{Guid.CreateVersion7()}', " +
            $"'{typeof(ThingCreated).FullName}', '{{\"thingId\": \"not a guid\"}}', now())"))
        {
            await command.ExecuteNonQueryAsync();
        }
        await CreateThingAsync(database, "Algebra");

        Assert.Equal(1, await container.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(CancellationToken.None));

        Assert.Equal(1, journal.CallsTo(AuditorOfThings.Name));
        Assert.Equal(
            1L, await database.CountAsync("outbox_deliveries", "delivered_at IS NULL AND attempts = 1 AND last_error LIKE 'System.Text.Json.JsonException%'"));
    }

    [Fact]
    public async Task A_failed_delivery_waits_for_its_back_off_and_is_parked_after_the_last_attempt()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        var clock = new FixedClock(new DateTimeOffset(2026, 9, 1, 8, 0, 0, TimeSpan.Zero));
        await using var container = database.Container(b =>
        {
            b.RegisterInstance(journal);
            b.RegisterInstance(new FlakySubscriber.Switch());
            b.RegisterIntegrationEventHandler<FlakySubscriber>(FlakySubscriber.Name);
        }, new OutboxOptions { MaxAttempts = 3, RetryDelay = attempts => TimeSpan.FromMinutes(attempts) }, clock);
        var dispatcher = container.Resolve<OutboxDispatcher<KernelTestDbContext>>();
        await CreateThingAsync(database, "Algebra");

        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        Assert.Equal(1, journal.CallsTo(FlakySubscriber.Name));

        clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        Assert.Equal(2, journal.CallsTo(FlakySubscriber.Name));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await dispatcher.DispatchPendingAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(1));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(3, journal.CallsTo(FlakySubscriber.Name));
        Assert.Equal(1L, await database.CountAsync("outbox_deliveries", "attempts = 3 AND parked_at IS NOT NULL AND delivered_at IS NULL"));
        Assert.Equal(0L, await database.CountAsync("outbox_messages", "dispatched_at IS NULL"));
    }

    [Fact]
    public async Task A_dispatcher_killed_mid_way_loses_nothing_and_an_idempotent_subscriber_stores_each_event_once()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        var crash = new IdempotentSubscriber.Crash { AfterCalls = 7 };
        void Subscribers(ContainerBuilder b)
        {
            b.RegisterInstance(journal);
            b.RegisterInstance(crash);
            b.RegisterIntegrationEventHandler<IdempotentSubscriber>(IdempotentSubscriber.Name);
            b.RegisterIntegrationEventHandler<AuditorOfThings>(AuditorOfThings.Name);
        }
        for (var i = 0; i < 20; i++) await CreateThingAsync(database, $"Course {i}");

        await using (var first = database.Container(Subscribers))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                first.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(crash.Dispatcher.Token));
        }
        Assert.Equal(6L, await database.CountAsync("outbox_messages", "dispatched_at IS NOT NULL"));
        Assert.Equal(7L, await database.CountAsync("handled_message"));

        await using (var second = database.Container(Subscribers))
        {
            Assert.Equal(14, await second.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(CancellationToken.None));
        }

        // None lost, none doubled in the subscriber's own store, yet the seventh message came twice.
        Assert.Equal(20L, await database.CountAsync("handled_message"));
        Assert.Equal(20L, await database.ScalarAsync<long>("SELECT count(DISTINCT message_id) FROM kernel_test.handled_message"));
        Assert.Equal(21, journal.CallsTo(IdempotentSubscriber.Name));
        Assert.Single(journal.Calls.Where(c => c.Subscriber == IdempotentSubscriber.Name).GroupBy(c => c.MessageId), g => g.Count() == 2);
        Assert.Equal(0L, await database.CountAsync("outbox_messages", "dispatched_at IS NULL"));
        Assert.Equal(40L, await database.CountAsync("outbox_deliveries", "delivered_at IS NOT NULL AND attempts = 1"));
    }

    [Fact]
    public async Task Two_dispatchers_at_once_deliver_each_message_to_each_subscriber_once()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        void Subscribers(ContainerBuilder b)
        {
            b.RegisterInstance(journal);
            b.RegisterInstance(new IdempotentSubscriber.Crash());
            b.RegisterIntegrationEventHandler<AuditorOfThings>(AuditorOfThings.Name);
            b.RegisterIntegrationEventHandler<IdempotentSubscriber>(IdempotentSubscriber.Name);
        }
        for (var i = 0; i < 60; i++) await CreateThingAsync(database, $"Course {i}");
        await using var one = database.Container(Subscribers);
        await using var two = database.Container(Subscribers);

        var counts = await Task.WhenAll(
            Task.Run(() => one.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(CancellationToken.None)),
            Task.Run(() => two.Resolve<OutboxDispatcher<KernelTestDbContext>>().DispatchPendingAsync(CancellationToken.None)));

        Assert.Equal(60, counts.Sum());
        Assert.Equal(120, journal.Calls.Count);
        Assert.All(journal.Calls.GroupBy(c => (c.Subscriber, c.MessageId)), g => Assert.Single(g));
        Assert.Equal(0L, await database.CountAsync("outbox_messages", "dispatched_at IS NULL"));
    }

    [Fact]
    public async Task A_message_another_instance_holds_is_skipped_not_waited_for_and_delivered_later()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        await using var container = database.Container(b =>
        {
            b.RegisterInstance(journal);
            b.RegisterIntegrationEventHandler<AuditorOfThings>(AuditorOfThings.Name);
        });
        var dispatcher = container.Resolve<OutboxDispatcher<KernelTestDbContext>>();
        await CreateThingAsync(database, "Algebra");
        await CreateThingAsync(database, "Geometry");
        var held = await database.ScalarAsync<Guid>("SELECT id FROM kernel_test.outbox_messages ORDER BY id LIMIT 1");

        await using (var otherInstance = await database.DataSource.OpenConnectionAsync())
        await using (var transaction = await otherInstance.BeginTransactionAsync())
        {
            await using var hold = new Npgsql.NpgsqlCommand(
                $"SELECT 1 FROM kernel_test.outbox_messages WHERE id = '{held}' FOR UPDATE", otherInstance, transaction);
            await hold.ExecuteNonQueryAsync();

            Assert.Equal(1, await dispatcher.DispatchPendingAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.DoesNotContain(journal.Calls, c => c.MessageId == held);
        }

        Assert.Equal(1, await dispatcher.DispatchPendingAsync(CancellationToken.None));
        Assert.Equal(1, journal.Calls.Count(c => c.MessageId == held));
        Assert.Equal(2, journal.Calls.Count);
    }

    [Fact]
    public async Task The_hosted_dispatcher_delivers_when_signalled_after_commit()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var journal = new Journal();
        await using var container = database.Container(b =>
        {
            b.RegisterInstance(journal);
            b.RegisterIntegrationEventHandler<AuditorOfThings>(AuditorOfThings.Name);
        }, new OutboxOptions { PollInterval = TimeSpan.FromMinutes(10) });
        var hosted = Assert.Single(container.Resolve<IEnumerable<Microsoft.Extensions.Hosting.IHostedService>>());
        await hosted.StartAsync(CancellationToken.None);
        try
        {
            // The first pass runs at start; the poll is far away, so only the signal can bring the next event.
            await Task.Delay(200);
            await CreateThingAsync(database, "Algebra");
            container.Resolve<IOutboxSignal>().Notify();

            await Eventually.Async(() => journal.CallsTo(AuditorOfThings.Name) > 0, "the signalled dispatcher to deliver the event", TimeSpan.FromSeconds(10));
            Assert.Equal(1, journal.CallsTo(AuditorOfThings.Name));
        }
        finally
        {
            await hosted.StopAsync(CancellationToken.None);
        }
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
}
