using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;

namespace Ladok.Modules.Training.GraphQL;

/// <summary>
/// Fetches one Training type for <c>node(id:)</c>. Signed-in, like the <c>trainings</c> field
/// the same objects are reachable from.
/// </summary>
internal sealed class TrainingNodeResolver(string typeName, Func<Guid, CancellationToken, Task<object?>> resolve) : INodeResolver
{
    public string TypeName => typeName;

    public string Policy => Policies.SignedIn;

    public Task<object?> ResolveAsync(Guid id, System.Security.Claims.ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        resolve(id, cancellationToken);
}
