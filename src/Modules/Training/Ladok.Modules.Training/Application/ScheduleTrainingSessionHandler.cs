using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

public sealed class ScheduleTrainingSessionHandler(IUnitOfWork<TrainingDbContext> unit) : ICommandHandler<ScheduleTrainingSessionCommand, TrainingSession>
{
    public async Task<Outcome<TrainingSession>> HandleAsync(ScheduleTrainingSessionCommand command, CancellationToken cancellationToken)
    {
        var code = TrainingRules.Normalise(command.TrainingCode);
        var training = await unit.Db.Trainings.SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (training is null) return DomainError.Of(TrainingReasons.TrainingNotFound, nameof(command.TrainingCode), command.TrainingCode);

        var scheduled = training.Schedule(command.StartsAt, command.EndsAt, command.Location, command.Capacity);
        if (!scheduled.Succeeded) return scheduled;

        unit.Db.Sessions.Add(scheduled.Value!);
        unit.OnDuplicate(DomainError.Of(TrainingReasons.SessionExists, Field.Whole));
        return scheduled;
    }
}
