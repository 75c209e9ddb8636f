using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Application;

/// <summary>
/// The Training module's reads. Each call opens its own short-lived context, so sibling GraphQL
/// fields can run in parallel; the <c>…ByIds</c> methods serve the batch loaders.
/// </summary>
public sealed class TrainingReader(IDbContextFactory<TrainingDbContext> databases)
{
    public Task<List<Domain.Training>> TrainingsAsync(CancellationToken cancellationToken) =>
        ReadAsync(db => db.Trainings.OrderBy(t => t.Code).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>The user's completions, newest first, expired ones included.</summary>
    public Task<List<TrainingCompletion>> CompletionsOfUserAsync(string userId, CancellationToken cancellationToken) =>
        ReadAsync(db => db.Completions.Where(c => c.UserId == userId).OrderByDescending(c => c.CompletedOn).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Domain.Training>> TrainingsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, Domain.Training>>(async db =>
            await db.Trainings.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<string, Domain.Training>> TrainingsByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<string, Domain.Training>>(async db =>
            await db.Trainings.Where(t => codes.Contains(t.Code)).ToDictionaryAsync(t => t.Code, cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<Guid, TrainingSession>> SessionsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, TrainingSession>>(async db =>
            await db.Sessions.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken), cancellationToken);

    /// <summary>Sessions of many trainings in one query, earliest first per training.</summary>
    public Task<IReadOnlyDictionary<Guid,
    List<TrainingSession>>> SessionsByTrainingIdsAsync(IReadOnlyCollection<Guid> trainingIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<TrainingSession>>>(async db =>
            (await db.Sessions.Where(s => trainingIds.Contains(s.TrainingId)).OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(cancellationToken))
                .GroupBy(s => s.TrainingId).ToDictionary(g => g.Key, g => g.ToList()), cancellationToken);

    /// <summary>Seats taken in many sessions, counted in one query; a session nobody enrolled in is missing.</summary>
    public Task<IReadOnlyDictionary<Guid, int>> EnrolledCountsAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, int>>(async db =>
            await db.Enrolments.Where(e => sessionIds.Contains(e.SessionId)).GroupBy(e => e.SessionId)
                .Select(g => new { SessionId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.SessionId, g => g.Count, cancellationToken), cancellationToken);

    /// <summary>Which of the sessions the user is enrolled in; the others are missing.</summary>
    public Task<IReadOnlyDictionary<Guid,
    bool>> EnrolmentsOfUserAsync(string userId, IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, bool>>(async db =>
            await db.Enrolments.Where(e => e.UserId == userId && sessionIds.Contains(e.SessionId))
                .ToDictionaryAsync(e => e.SessionId, _ => true, cancellationToken), cancellationToken);

    private async Task<T> ReadAsync<T>(Func<TrainingDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }
}
