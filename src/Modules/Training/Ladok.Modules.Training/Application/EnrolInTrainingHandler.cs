using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Data.Configurations;
using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

public sealed class EnrolInTrainingHandler(IUnitOfWork<TrainingDbContext> unit, TimeProvider clock) : ICommandHandler<EnrolInTrainingCommand, TrainingSession>
{
    // Built from constants only (the schema and table the configuration maps); the id is a parameter.
    private const string LockSession =
        "SELECT *, xmin FROM " + TrainingDbContext.Schema + "." + TrainingSessionConfiguration.Table + " WHERE id = {0} FOR UPDATE";

    public async Task<Outcome<TrainingSession>> HandleAsync(EnrolInTrainingCommand command, CancellationToken cancellationToken)
    {
        // The row lock makes enrolments in one session take turns: each counts the seats only
        // after the one before it has committed, so two people racing for the last seat cannot
        // both get it. The lock needs the unit's transaction open before the read, and holds until
        // the pipeline commits. xmin is selected because the entity maps it as its concurrency token.
        await unit.BeginTransactionAsync(cancellationToken);
        var session = (await unit.Db.Sessions
                .FromSqlRaw(LockSession, command.SessionId)
                .ToListAsync(cancellationToken))
            .SingleOrDefault();
        if (session is null) return DomainError.Of(TrainingReasons.SessionNotFound, nameof(command.SessionId));

        await unit.Db.Entry(session).Collection(s => s.Enrolments).LoadAsync(cancellationToken);
        var enrolled = session.Enrol(command.UserId, clock);
        if (!enrolled.Succeeded) return Outcome<TrainingSession>.Failure(enrolled.Errors);

        // The unique key still guards one seat per person should the lock ever be bypassed.
        unit.OnDuplicate(DomainError.Of(TrainingReasons.AlreadyEnrolled, nameof(command.SessionId)));
        return Outcome<TrainingSession>.Success(session);
    }
}
