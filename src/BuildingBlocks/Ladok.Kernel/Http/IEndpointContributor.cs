using Microsoft.AspNetCore.Routing;

namespace Ladok.Kernel.Http;

/// <summary>
/// HTTP routes a module serves beside <c>/graphql</c>, such as a report's CSV download. The host
/// maps every contributor after its own routes, behind the same authentication; the module
/// authorizes each request itself, with the same rules as its GraphQL fields.
/// </summary>
public interface IEndpointContributor
{
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
