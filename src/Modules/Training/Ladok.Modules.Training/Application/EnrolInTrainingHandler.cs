using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Data.Configurations;
using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

public sealed class EnrolInTrainingHandler(IDbContextFactory<TrainingDbContext> databases, TimeProvider clock)
{
    // Built from constants only (the schema and table the configuration maps); the id is a parameter.
    private const string LockSession =
        "SELECT *, xmin FROM " + TrainingDbContext.Schema + "." + TrainingSessionConfiguration.Table + " WHERE id = {0} FOR UPDATE";

    public async Task<Outcome<TrainingSession>> HandleAsync(EnrolInTrainingCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The row lock makes enrolments in one session take turns: each counts the seats only
        // after the one before it has committed, so two people racing for the last seat cannot
        // both get it. xmin is selected because the entity maps it as its concurrency token.
        var session = (await db.Sessions
                .FromSqlRaw(LockSession, command.SessionId)
                .ToListAsync(cancellationToken))
            .SingleOrDefault();
        if (session is null) return DomainError.NotFound("There is no such training session.", "input", "sessionId");

        await db.Entry(session).Collection(s => s.Enrolments).LoadAsync(cancellationToken);
        var enrolled = session.Enrol(command.UserId, clock);
        if (!enrolled.Succeeded) return Outcome<TrainingSession>.Failure(enrolled.Errors);

        // The unique key still guards one seat per person should the lock ever be bypassed.
        if (await db.TrySaveAsync(DomainError.Conflict("You are already enrolled in this session.", "input", "sessionId"), cancellationToken) is { } conflict)
        {
            return conflict;
        }

        await transaction.CommitAsync(cancellationToken);
        return Outcome<TrainingSession>.Success(session);
    }
}
