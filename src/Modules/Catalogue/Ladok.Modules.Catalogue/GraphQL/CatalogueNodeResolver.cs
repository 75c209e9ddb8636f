using Ladok.Kernel.GraphQL.Relay;

namespace Ladok.Modules.Catalogue.GraphQL;

/// <summary>Fetches one Catalogue type for <c>node(id:)</c>.</summary>
internal sealed class CatalogueNodeResolver(string typeName, string policy, Func<Guid, CancellationToken, Task<object?>> resolve) : INodeResolver
{
    public string TypeName => typeName;

    public string Policy => policy;

    public Task<object?> ResolveAsync(Guid id, System.Security.Claims.ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        resolve(id, cancellationToken);
}
