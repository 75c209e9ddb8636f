using Ladok.Kernel.Auditing;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ladok.Kernel.Commands;

/// <summary>The <see cref="IUnitOfWork{TDbContext}"/> of one command's lifetime scope.</summary>
internal sealed class UnitOfWork<TDbContext>(IDbContextFactory<TDbContext> databases, CommandScope command, TimeProvider clock)
    : IUnitOfWork<TDbContext>, IUnitOfWork, IAsyncDisposable where TDbContext : DbContext
{
    private TDbContext? db;
    private IDbContextTransaction? transaction;
    private DomainError? duplicate;

    public TDbContext Db => db ??= Create();

    public void OnDuplicate(DomainError conflict) => duplicate = conflict;

    public async Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken) =>
        transaction ??= await Db.Database.BeginTransactionAsync(cancellationToken);

    public async Task<UnitCompletion> CompleteAsync(CancellationToken cancellationToken)
    {
        if (db is null) return UnitCompletion.Nothing;

        var publishes = db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        if (await db.TrySaveAsync(duplicate, cancellationToken) is { } conflict) return new UnitCompletion(conflict, false);

        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        return new UnitCompletion(null, publishes);
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null) await transaction.DisposeAsync();   // rolls back what was not committed
        if (db is not null) await db.DisposeAsync();
    }

    private TDbContext Create()
    {
        var created = databases.CreateDbContext();
        if (created is AuditedDbContext audited)
        {
            var caller = command.Caller ?? throw new InvalidOperationException(
                $"{typeof(TDbContext).Name} is audited, so a command that writes to it needs a caller; none was given.");
            audited.ActAs(caller.UserId, clock);
        }
        command.Enlist(this);
        return created;
    }
}

/// <summary>What the pipeline sees of every unit, whatever its context.</summary>
internal interface IUnitOfWork
{
    Task<UnitCompletion> CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>A unit's save: the CONFLICT it turned into, or none; and whether it stored integration events.</summary>
internal sealed record UnitCompletion(DomainError? Conflict, bool PublishedEvents)
{
    public static UnitCompletion Nothing { get; } = new(null, false);
}
