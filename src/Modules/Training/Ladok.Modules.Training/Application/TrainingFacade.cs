using Ladok.Modules.Training.Contracts;
using Ladok.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

/// <summary>The Training module's answer to other modules, in Contracts types only.</summary>
public sealed class TrainingFacade(IDbContextFactory<TrainingDbContext> databases) : ITrainingQueries
{
    public async Task<IReadOnlySet<string>> CompletedTrainingCodesAsync(string userId, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        // TrainingCompletion.IsValidOn, in SQL.
        var codes = await (
            from completion in db.Completions.AsNoTracking()
            join training in db.Trainings on completion.TrainingId equals training.Id
            where completion.UserId == userId && completion.CompletedOn <= asOf && (completion.ExpiresOn == null || completion.ExpiresOn > asOf)
            select training.Code).Distinct().ToListAsync(cancellationToken);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<TrainingInfo>> TrainingsAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Trainings.AsNoTracking().OrderBy(t => t.Code)
            .Select(t => new TrainingInfo(t.Id, t.Code, t.NameSv, t.NameEn, t.ProfileCode, t.ValidForMonths))
            .ToListAsync(cancellationToken);
    }
}
