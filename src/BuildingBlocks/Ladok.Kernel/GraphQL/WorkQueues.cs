using System.Security.Claims;
using GraphQL.Types;
using Ladok.Kernel.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Kernel.GraphQL;

/// <summary>
/// One of the signed-in user's work queues (<c>me.workQueues</c>): how many things wait for them, counted by the module that owns
/// them, so a start page shows every module's queues without knowing the modules. Each count is the length of a list query, which
/// <see cref="ListedBy"/> names. Register it as <see cref="IWorkQueueCounter"/>; one instance serves every request.
/// </summary>
public interface IWorkQueueCounter
{
    /// <summary>The field's name in <c>WorkQueues</c>, such as <c>draftsToMarkReady</c>.</summary>
    string Name { get; }

    /// <summary>Where the field stands among the queues: lower first.</summary>
    int Order { get; }

    /// <summary>What waits in it, for the schema's description.</summary>
    string Description { get; }

    /// <summary>The list query whose <c>totalCount</c> the count equals, for the schema's description.</summary>
    string ListedBy { get; }

    /// <summary>The policy of that list's root field: a caller who may not use the list has nothing in its queue.</summary>
    string Policy { get; }

    /// <summary>How many wait for the caller; <paramref name="requestServices"/> are the request's own.</summary>
    Task<int> CountAsync(string userId, ClaimsPrincipal caller, IServiceProvider requestServices, CancellationToken cancellationToken);
}

/// <summary>The caller's work queues, one count per registered <see cref="IWorkQueueCounter"/>.</summary>
public sealed class WorkQueuesType : ObjectGraphType<object>
{
    public WorkQueuesType(IEnumerable<IWorkQueueCounter> queues)
    {
        Name = "WorkQueues";
        Description = "How many things wait for you, per queue; each count is the `totalCount` of the list query its description names.";
        foreach (var queue in queues.OrderBy(q => q.Order).ThenBy(q => q.Name, StringComparer.Ordinal))
        {
            Field<NonNullGraphType<IntGraphType>>(queue.Name)
                .Description($"{queue.Description} Listed by {queue.ListedBy}.")
                .ResolveAsync(async c =>
                {
                    var services = c.RequestServices!;
                    var decision = await services.GetRequiredService<IAuthorizationPolicyEvaluator>().EvaluateAsync(queue.Policy, c.User!, c.CancellationToken);
                    return decision.Allowed ? await queue.CountAsync(CallerIdentity.RequireUserId(c.User), c.User!, services, c.CancellationToken) : 0;
                });
        }
    }
}
