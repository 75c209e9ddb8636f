using Ladok.Kernel.Commands;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Data.Configurations;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>
/// A sitting with its sign-ups, its row locked until the unit of work commits: sign-ups and changes of one sitting take turns,
/// each counting the seats only after the one before has committed, so two students racing for the last seat cannot both get it.
/// </summary>
public sealed class ExamSittingLock(IUnitOfWork<RecordsDbContext> unit)
{
    // Built from constants only (the schema and the table the configuration maps); the id is a parameter. xmin is selected
    // because the entity maps it as its concurrency token.
    private const string LockSitting =
        "SELECT *, xmin FROM " + RecordsDbContext.Schema + "." + ExamSittingConfiguration.Table + " WHERE id = {0} FOR UPDATE";

    /// <summary>The sitting and every sign-up at it, or null when there is none. Opens the unit's transaction for the lock.</summary>
    public async Task<ExamSitting?> LockAsync(Guid sittingId, CancellationToken cancellationToken)
    {
        await unit.BeginTransactionAsync(cancellationToken);
        var sitting = (await unit.Db.ExamSittings.FromSqlRaw(LockSitting, sittingId).ToListAsync(cancellationToken)).SingleOrDefault();
        if (sitting is not null) await unit.Db.Entry(sitting).Collection(s => s.SignUps).LoadAsync(cancellationToken);
        return sitting;
    }
}
