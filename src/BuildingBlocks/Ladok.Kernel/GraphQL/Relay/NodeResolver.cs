using System.Security.Claims;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>An <see cref="INodeResolver"/> made from a function, which is all most modules need.</summary>
public sealed class NodeResolver(string typeName, string policy, Func<Guid, ClaimsPrincipal, CancellationToken, Task<object?>> resolve) : INodeResolver
{
    public string TypeName => typeName;

    public string Policy => policy;

    public Task<object?> ResolveAsync(Guid id, ClaimsPrincipal caller, CancellationToken cancellationToken) => resolve(id, caller, cancellationToken);
}
