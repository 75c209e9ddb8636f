using GraphQL;
using GraphQL.DataLoader;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Modules.Training.Application;
using Ladok.Modules.Training.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Training.GraphQL;

/// <summary>The Training module's batch loaders: each turns the fields of one query level into one SQL query.</summary>
internal static class Loaders
{
    public static IDataLoaderResult<Domain.Training?> Training(IResolveFieldContext context, Guid id) =>
        Batch<Domain.Training>(context, "training.training", (r, ids, ct) => r.TrainingsByIdsAsync(ids, ct)).Load(id);

    public static IDataLoaderResult<List<TrainingSession>?> SessionsOfTraining(IResolveFieldContext context, Guid trainingId) =>
        Batch<List<TrainingSession>>(context, "training.sessionsOfTraining", (r, ids, ct) => r.SessionsByTrainingIdsAsync(ids, ct)).Load(trainingId);

    /// <summary>0 for a session nobody has enrolled in.</summary>
    public static IDataLoaderResult<int> EnrolledCount(IResolveFieldContext context, Guid sessionId) =>
        Batch<int>(context, "training.enrolledCount", (r, ids, ct) => r.EnrolledCountsAsync(ids, ct)).Load(sessionId);

    /// <summary>Whether the caller has a seat; false for a caller without a user id.</summary>
    public static IDataLoaderResult<bool> IsCallerEnrolled(IResolveFieldContext context, Guid sessionId)
    {
        // One caller per request, so one loader per request serves every session's field.
        var userId = CallerIdentity.UserIdOf(context.User);
        return Batch<bool>(context, "training.callerEnrolled", (r, ids, ct) =>
                userId is null ? Task.FromResult<IReadOnlyDictionary<Guid, bool>>(new Dictionary<Guid, bool>()) : r.EnrolmentsOfUserAsync(userId, ids, ct))
            .Load(sessionId);
    }

    private static BatchLoader<Guid, T> Batch<T>(
        IResolveFieldContext context, string name,
        Func<TrainingReader, IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, T>>> fetch)
    {
        var services = context.RequestServices!;
        var reader = services.GetRequiredService<TrainingReader>();
        return services.GetRequiredService<BatchLoaderContext>().Get<Guid, T>(name, (ids, ct) => fetch(reader, ids, ct));
    }
}
