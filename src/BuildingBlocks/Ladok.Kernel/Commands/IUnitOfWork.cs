using Ladok.Kernel.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ladok.Kernel.Commands;

/// <summary>
/// A handler's one module context for one command. The <see cref="CommandPipeline"/> saves it after a
/// successful outcome (in one transaction), commits, and only then wakes the outbox; after a failed outcome
/// or an exception it is thrown away and nothing is written.
/// </summary>
public interface IUnitOfWork<out TDbContext> where TDbContext : DbContext
{
    /// <summary>The context, created when first asked; an audited context acts as the command's caller.</summary>
    TDbContext Db { get; }

    /// <summary>
    /// The CONFLICT to answer when the save breaks a unique key: another writer took it first.
    /// Without one, such a save throws.
    /// </summary>
    void OnDuplicate(DomainError conflict);

    /// <summary>
    /// Opens the unit's transaction now, for a handler that must lock rows before it reads them, write in
    /// several steps or stream rows (bulk copy); the pipeline commits it after the final save. Most handlers
    /// never ask: the final save is one transaction by itself.
    /// </summary>
    Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}
