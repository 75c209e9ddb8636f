using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;

namespace Ladok.Modules.Training.Application;

public sealed class EnrolInTrainingHandler(IUnitOfWork<TrainingDbContext> unit, TimeProvider clock) : ICommandHandler<EnrolInTrainingCommand, TrainingSession>
{
    public async Task<Outcome<TrainingSession>> HandleAsync(EnrolInTrainingCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionLock.LockAsync(unit, command.SessionId, cancellationToken);
        if (session is null) return DomainError.Of(TrainingReasons.SessionNotFound, nameof(command.SessionId));

        var enrolled = session.Enrol(command.UserId, clock);
        if (!enrolled.Succeeded) return Outcome<TrainingSession>.Failure(enrolled.Errors);

        // The unique key still guards one seat per person should the lock ever be bypassed.
        unit.OnDuplicate(DomainError.Of(TrainingReasons.AlreadyEnrolled, nameof(command.SessionId)));
        return Outcome<TrainingSession>.Success(session);
    }
}
