using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>Fetches one Records type for <c>node(id:)</c>, under the same read policy as <c>student</c> and <c>students</c>.</summary>
internal sealed class RecordsNodeResolver(string typeName, Func<Guid, System.Security.Claims.ClaimsPrincipal, CancellationToken, Task<object?>> resolve) : INodeResolver
{
    public string TypeName => typeName;

    public string Policy => RecordsPolicies.Read;

    public Task<object?> ResolveAsync(Guid id, System.Security.Claims.ClaimsPrincipal caller, CancellationToken cancellationToken) =>
        resolve(id, caller, cancellationToken);
}
