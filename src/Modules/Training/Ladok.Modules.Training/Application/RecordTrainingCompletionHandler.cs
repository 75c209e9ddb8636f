using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

/// <summary>Idempotent: recording the same user, training and date again returns the completion already stored.</summary>
public sealed class RecordTrainingCompletionHandler(IUnitOfWork<TrainingDbContext> unit, TimeProvider clock)
    : ICommandHandler<RecordTrainingCompletionCommand, TrainingCompletion>
{
    public async Task<Outcome<TrainingCompletion>> HandleAsync(RecordTrainingCompletionCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var code = TrainingRules.Normalise(command.TrainingCode);
        var training = await db.Trainings.SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (training is null) return DomainError.Of(TrainingReasons.TrainingNotFound, nameof(command.TrainingCode), command.TrainingCode);

        var recorded = training.RecordCompletion(command.UserId.Trim(), command.CompletedOn, command.RecordedBy, clock);
        if (!recorded.Succeeded) return recorded;

        var completion = recorded.Value!;
        if (await FindAsync(db, completion, cancellationToken) is { } existing) return Outcome<TrainingCompletion>.Success(existing);

        // Saved here rather than by the pipeline: a lost race is not a refusal but the answer, the completion the other
        // request stored (the pipeline's own save then has nothing left to do). No transaction is open, so the context
        // stays usable after the failed insert.
        db.Completions.Add(completion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return recorded;
        }
        catch (DbUpdateException e) when (SaveChanges.IsUniqueViolation(e))
        {
            db.Entry(completion).State = EntityState.Detached;
            return Outcome<TrainingCompletion>.Success((await FindAsync(db, completion, cancellationToken))!);
        }
    }

    private static Task<TrainingCompletion?> FindAsync(TrainingDbContext db, TrainingCompletion like, CancellationToken cancellationToken) =>
        db.Completions.AsNoTracking().SingleOrDefaultAsync(
            c => c.TrainingId == like.TrainingId && c.UserId == like.UserId && c.CompletedOn == like.CompletedOn, cancellationToken);
}
