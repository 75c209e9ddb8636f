using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

/// <summary>Idempotent: recording the same user, training and date again returns the completion already stored.</summary>
public sealed class RecordTrainingCompletionHandler(IDbContextFactory<TrainingDbContext> databases, TimeProvider clock)
{
    public async Task<Outcome<TrainingCompletion>> HandleAsync(RecordTrainingCompletionCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);

        var code = TrainingRules.Normalise(command.TrainingCode);
        var training = await db.Trainings.SingleOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (training is null) return DomainError.NotFound($"There is no training with code '{command.TrainingCode}'.", "input", "trainingCode");

        var recorded = training.RecordCompletion(command.UserId.Trim(), command.CompletedOn, command.RecordedBy, clock);
        if (!recorded.Succeeded) return recorded;

        var completion = recorded.Value!;
        if (await FindAsync(db, completion, cancellationToken) is { } existing) return Outcome<TrainingCompletion>.Success(existing);

        db.Completions.Add(completion);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return recorded;
        }
        catch (DbUpdateException e) when (SaveChanges.IsUniqueViolation(e))
        {
            // Another request recorded the same completion between the look-up and the insert; theirs stands.
            await using var again = await databases.CreateDbContextAsync(cancellationToken);
            return Outcome<TrainingCompletion>.Success((await FindAsync(again, completion, cancellationToken))!);
        }
    }

    private static Task<TrainingCompletion?> FindAsync(TrainingDbContext db, TrainingCompletion like, CancellationToken cancellationToken) =>
        db.Completions.AsNoTracking().SingleOrDefaultAsync(
            c => c.TrainingId == like.TrainingId && c.UserId == like.UserId && c.CompletedOn == like.CompletedOn, cancellationToken);
}
