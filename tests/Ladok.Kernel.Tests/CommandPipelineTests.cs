using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Kernel.Tests.Data;
using Ladok.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.Tests;

public sealed class CommandPipelineTests(PostgresDatabase cluster) : IClassFixture<PostgresDatabase>
{
    private static readonly Caller Anna = new("anna");

    [Fact]
    public async Task A_successful_command_is_saved_and_committed_as_its_caller()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using var container = Container(database);

        var created = await Run(container, new CreateThing(Guid.NewGuid(), "Algebra"), Anna);

        Assert.True(created.Succeeded);
        Assert.Equal(1L, await database.CountAsync("things", $"id = '{created.Value!.Id}'"));
        Assert.Equal(1L, await database.CountAsync("outbox_messages"));
        Assert.Equal(1L, await database.CountAsync("audit_entries", "changed_by = 'anna' AND action = 'Created'"));
    }

    [Fact]
    public async Task A_failed_outcome_writes_nothing_even_what_the_handler_saved_in_its_transaction()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var signal = new CountingSignal(database);
        await using var container = Container(database, signal);

        var refused = await Run(container, new CreateThing(Guid.NewGuid(), "Algebra", SaveFirstThenRefuse: true), Anna);

        Assert.Equal(ErrorCode.Validation, Assert.Single(refused.Errors).Code);
        Assert.Equal(Field.Of(nameof(CreateThing.Name)), refused.Errors[0].Field);
        Assert.Equal(0L, await database.CountAsync("things"));
        Assert.Equal(0L, await database.CountAsync("outbox_messages"));
        Assert.Equal(0L, await database.CountAsync("audit_entries"));
        Assert.Equal(0, signal.Notified);
    }

    [Fact]
    public async Task A_handler_that_throws_writes_nothing()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using var container = Container(database);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Run(container, new CreateThing(Guid.NewGuid(), "Algebra", Throw: true), Anna));

        Assert.Equal(0L, await database.CountAsync("things"));
    }

    [Fact]
    public async Task The_outbox_is_woken_only_after_the_commit()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var signal = new CountingSignal(database);
        await using var container = Container(database, signal);

        await Run(container, new CreateThing(Guid.NewGuid(), "Algebra", InTransaction: true), Anna);

        Assert.Equal(1, signal.Notified);
        Assert.Equal([1L], signal.CommittedMessagesSeen);
    }

    [Fact]
    public async Task A_duplicate_becomes_the_conflict_the_handler_named()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        var signal = new CountingSignal(database);
        await using var container = Container(database, signal);
        var id = Guid.NewGuid();
        await Run(container, new CreateThing(id, "Algebra", SkipLookup: true), Anna);

        var again = await Run(container, new CreateThing(id, "Algebra", SkipLookup: true), Anna);

        var conflict = Assert.Single(again.Errors);
        Assert.Equal((ErrorCode.Conflict, KernelReasons.Conflict), (conflict.Code, conflict.Reason));
        Assert.Equal(Field.Of(nameof(CreateThing.Id)), conflict.Field);
        Assert.Equal(1L, await database.CountAsync("things"));
        Assert.Equal(1L, await database.CountAsync("outbox_messages"));
        Assert.Equal(1, signal.Notified);
    }

    [Fact]
    public async Task A_stale_version_becomes_a_conflict_on_the_version()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using var container = Container(database);
        var thing = (await Run(container, new CreateThing(Guid.NewGuid(), "Algebra"), Anna)).Value!;

        var renamed = await Run<RenameThing, Thing>(container, new RenameThing(thing.Id, "Geometry", thing.RowVersion), Anna);
        var stale = await Run<RenameThing, Thing>(container, new RenameThing(thing.Id, "Topology", thing.RowVersion), Anna);

        Assert.True(renamed.Succeeded);
        var conflict = Assert.Single(stale.Errors);
        Assert.Equal((ErrorCode.Conflict, Field.Of("Version")), (conflict.Code, conflict.Field));
        Assert.Equal(1L, await database.CountAsync("things", "name = 'Geometry'"));
    }

    [Fact]
    public async Task An_audited_context_needs_a_caller()
    {
        await using var database = await KernelTestDatabase.CreateAsync(cluster);
        await using var container = Container(database);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => Run(container, new CreateThing(Guid.NewGuid(), "Algebra"), caller: null));

        Assert.Contains("needs a caller", thrown.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await database.CountAsync("things"));
    }

    [Fact]
    public void A_handler_registration_names_a_type_that_handles_something()
    {
        var builder = new ContainerBuilder();

        Assert.Throws<ArgumentException>(() => builder.RegisterCommandHandler<Thing>());
    }

    private static Task<Outcome<Thing>> Run(IContainer container, CreateThing command, Caller? caller) => Run<CreateThing, Thing>(container, command, caller);

    private static Task<Outcome<TResult>> Run<TCommand, TResult>(IContainer container, TCommand command, Caller? caller) =>
        container.Resolve<CommandPipeline>().RunAsync<TCommand, TResult>(command, caller, CancellationToken.None);

    private static IContainer Container(KernelTestDatabase database, CountingSignal? signal = null) =>
        database.Container(b =>
        {
            b.RegisterModule<KernelModule>();
            b.RegisterCommandHandler<CreateThingHandler>();
            b.RegisterCommandHandler<RenameThingHandler>();
            if (signal is not null) b.RegisterInstance(signal).As<IOutboxSignal>();
        });

    public sealed record CreateThing(
        Guid Id, string Name, bool SaveFirstThenRefuse = false, bool Throw = false, bool InTransaction = false, bool SkipLookup = false);

    public sealed record RenameThing(Guid Id, string Name, uint Version);

    private sealed class CreateThingHandler(IUnitOfWork<KernelTestDbContext> unit, TimeProvider clock) : ICommandHandler<CreateThing, Thing>
    {
        public async Task<Outcome<Thing>> HandleAsync(CreateThing command, CancellationToken cancellationToken)
        {
            if (command.InTransaction || command.SaveFirstThenRefuse) await unit.BeginTransactionAsync(cancellationToken);
            if (!command.SkipLookup && await unit.Db.Things.AnyAsync(t => t.Id == command.Id, cancellationToken))
            {
                return DomainError.Of(KernelReasons.Conflict, nameof(CreateThing.Id));
            }

            var thing = new Thing { Id = command.Id, Name = command.Name, Credits = 15 };
            unit.Db.Things.Add(thing);
            unit.Db.AddIntegrationEvent(new ThingCreated(thing.Id, thing.Name, thing.Credits), clock);
            unit.OnDuplicate(DomainError.Of(KernelReasons.Conflict, nameof(CreateThing.Id)));

            if (command.SaveFirstThenRefuse)
            {
                await unit.Db.SaveChangesAsync(cancellationToken);
                return DomainError.Of(KernelReasons.Validation, nameof(CreateThing.Name));
            }
            if (command.Throw) throw new InvalidOperationException("The handler failed.");
            return Outcome<Thing>.Success(thing);
        }
    }

    private sealed class RenameThingHandler(IUnitOfWork<KernelTestDbContext> unit) : ICommandHandler<RenameThing, Thing>
    {
        public async Task<Outcome<Thing>> HandleAsync(RenameThing command, CancellationToken cancellationToken)
        {
            var thing = await unit.Db.Things.SingleAsync(t => t.Id == command.Id, cancellationToken);
            thing.Name = command.Name;
            unit.Db.Entry(thing).Property(t => t.RowVersion).OriginalValue = command.Version;
            return Outcome<Thing>.Success(thing);
        }
    }

    /// <summary>Counts notifications, and at each one looks from outside the transaction at what is committed.</summary>
    private sealed class CountingSignal(KernelTestDatabase database) : IOutboxSignal
    {
        public int Notified { get; private set; }

        public List<long> CommittedMessagesSeen { get; } = [];

        public void Notify()
        {
            Notified++;
            CommittedMessagesSeen.Add(database.CountAsync("outbox_messages").GetAwaiter().GetResult());
        }
    }
}
