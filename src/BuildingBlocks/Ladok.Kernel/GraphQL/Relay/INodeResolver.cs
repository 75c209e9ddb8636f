using System.Security.Claims;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>
/// Fetches objects of one GraphQL type by their own id for <c>node(id:)</c>. The policy is
/// checked before the fetch, as if the caller had asked for the type's own root field; an
/// object the caller may not see where it lives (another department's) comes back as null.
/// </summary>
public interface INodeResolver
{
    string TypeName { get; }

    string Policy { get; }

    Task<object?> ResolveAsync(Guid id, ClaimsPrincipal caller, CancellationToken cancellationToken);
}
