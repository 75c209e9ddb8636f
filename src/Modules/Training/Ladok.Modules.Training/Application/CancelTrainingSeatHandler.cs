using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;

namespace Ladok.Modules.Training.Application;

/// <summary>The caller gives back their seat before the session starts, so someone else may take it.</summary>
public sealed class CancelTrainingSeatHandler(IUnitOfWork<TrainingDbContext> unit, TimeProvider clock)
    : ICommandHandler<CancelTrainingSeatCommand, TrainingSession>
{
    public async Task<Outcome<TrainingSession>> HandleAsync(CancelTrainingSeatCommand command, CancellationToken cancellationToken)
    {
        var session = await SessionLock.LockAsync(unit, command.SessionId, cancellationToken);
        if (session is null) return DomainError.Of(TrainingReasons.SessionNotFound, nameof(command.SessionId));

        var cancelled = session.CancelSeat(command.UserId, clock);
        if (!cancelled.Succeeded) return Outcome<TrainingSession>.Failure(cancelled.Errors);

        unit.Db.Enrolments.Remove(cancelled.Value!);
        return Outcome<TrainingSession>.Success(session);
    }
}
