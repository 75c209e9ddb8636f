using Ladok.Kernel.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.Auditing;

/// <summary>
/// A module context whose every save is audited: before each save it records who changed what
/// (<see cref="AuditTrail.RecordAuditTrail"/>), and a save with changes but no actor throws
/// <see cref="InvalidOperationException"/> and writes nothing. Say who acts with
/// <see cref="ActAs"/> right after creating the context. Pooled contexts forget the actor when
/// disposed, so one request's actor never signs the next request's writes. The model must call
/// <see cref="AuditTrail.AddAuditTrail"/>.
/// </summary>
public abstract class AuditedDbContext(DbContextOptions options) : DbContext(options)
{
    private string? changedBy;
    private TimeProvider clock = TimeProvider.System;

    /// <summary>Who the next saves are made for; null until <see cref="ActAs"/>.</summary>
    public string? ChangedBy => changedBy;

    /// <summary>Names the actor of this context's saves, and the clock their audit time comes from.</summary>
    public void ActAs(string changedBy, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        ArgumentNullException.ThrowIfNull(clock);
        this.changedBy = changedBy;
        this.clock = clock;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var entries = this.RecordAuditTrail(changedBy, clock);
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch
        {
            Forget(entries);
            throw;
        }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var entries = this.RecordAuditTrail(changedBy, clock);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch
        {
            Forget(entries);
            throw;
        }
    }

    /// <summary>
    /// Inserts many new entities and their audit entries with binary COPY (<see cref="BulkCopy"/>)
    /// in the open transaction: for bulk writes where a batch of INSERTs would be the cost. Other
    /// changes must be saved first. The entities stay untracked; store-generated values such as
    /// concurrency tokens are not read back.
    /// </summary>
    public async Task BulkInsertAsync<TEntity>(IReadOnlyCollection<TEntity> entities, CancellationToken cancellationToken) where TEntity : class
    {
        if (ChangeTracker.HasChanges()) throw new InvalidOperationException("Save the context's other changes before a bulk insert.");
        if (entities.Count == 0) return;

        Set<TEntity>().AddRange(entities);
        var entries = this.RecordAuditTrail(changedBy, clock);
        foreach (var entity in entities) Entry(entity).State = EntityState.Detached;
        Forget(entries);
        await this.InsertAsync(entities, cancellationToken);
        await this.InsertAsync(entries, cancellationToken);
    }

    public override void Dispose()
    {
        ForgetActor();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        ForgetActor();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    // A failed save (a lost race the caller turns into CONFLICT) may be retried; the next attempt records its own entries.
    private void Forget(IReadOnlyList<AuditEntry> entries)
    {
        foreach (var entry in entries) Entry(entry).State = EntityState.Detached;
    }

    private void ForgetActor()
    {
        changedBy = null;
        clock = TimeProvider.System;
    }
}
