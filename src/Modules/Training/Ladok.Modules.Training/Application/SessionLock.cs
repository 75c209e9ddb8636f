using Ladok.Kernel.Commands;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Data.Configurations;
using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

/// <summary>
/// A session with its seats, its row locked until the unit of work commits: changes to one session's seats take turns, each
/// counting them only after the one before it has committed, so two people racing for the last seat cannot both get it.
/// </summary>
internal static class SessionLock
{
    // Built from constants only (the schema and table the configuration maps); the id is a parameter. xmin is selected because
    // the entity maps it as its concurrency token.
    private const string LockSession =
        "SELECT *, xmin FROM " + TrainingDbContext.Schema + "." + TrainingSessionConfiguration.Table + " WHERE id = {0} FOR UPDATE";

    /// <summary>The session and every seat in it, or null when there is no such session. Opens the unit's transaction for the lock.</summary>
    public static async Task<TrainingSession?> LockAsync(IUnitOfWork<TrainingDbContext> unit, Guid sessionId, CancellationToken cancellationToken)
    {
        await unit.BeginTransactionAsync(cancellationToken);
        var session = (await unit.Db.Sessions.FromSqlRaw(LockSession, sessionId).ToListAsync(cancellationToken)).SingleOrDefault();
        if (session is not null) await unit.Db.Entry(session).Collection(s => s.Enrolments).LoadAsync(cancellationToken);
        return session;
    }
}
