using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

public sealed class ScheduleTrainingSessionHandler(IDbContextFactory<TrainingDbContext> databases)
{
    public async Task<Outcome<TrainingSession>> HandleAsync(ScheduleTrainingSessionCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);

        var code = TrainingRules.Normalise(command.TrainingCode);
        var training = await db.Trainings.SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (training is null) return DomainError.NotFound($"There is no training with code '{command.TrainingCode}'.", "input", "trainingCode");

        var scheduled = training.Schedule(command.StartsAt, command.EndsAt, command.Location, command.Capacity);
        if (!scheduled.Succeeded) return scheduled;

        db.Sessions.Add(scheduled.Value!);
        return await db.TrySaveAsync(DomainError.Conflict("This session already exists.", "input"), cancellationToken) is { } conflict ? conflict : scheduled;
    }
}
