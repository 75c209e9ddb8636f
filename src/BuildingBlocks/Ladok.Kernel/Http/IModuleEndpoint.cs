using System.Security.Claims;

namespace Ladok.Kernel.Http;

/// <summary>
/// A plain HTTP GET a module serves beside <c>/graphql</c>, such as a document download. The host
/// maps every registered endpoint, authenticates the caller with the same bearer token as
/// <c>/graphql</c> and checks <see cref="Policy"/> before calling it (401 without sign-in, 403
/// without the right), so a module needs no ASP.NET Core types.
/// </summary>
public interface IModuleEndpoint
{
    /// <summary>An ASP.NET Core route pattern, such as <c>/transcripts/{code}.pdf</c>.</summary>
    string Pattern { get; }

    /// <summary>The policy the caller must satisfy, as a GraphQL field declares it (<c>Policies.Public</c> for anyone).</summary>
    string Policy { get; }

    Task<ModuleResponse> HandleAsync(ModuleRequest request, CancellationToken cancellationToken);
}

/// <summary>What a module endpoint is asked: the route's values, the signed-in caller and the server's own base address.</summary>
public sealed record ModuleRequest(IReadOnlyDictionary<string, string?> RouteValues, ClaimsPrincipal Caller, string BaseAddress);

/// <summary>What a module endpoint answers: a status, a media type and a body (empty for an error without content).</summary>
public sealed record ModuleResponse(int StatusCode, string ContentType, byte[] Body, string? FileName = null)
{
    public static ModuleResponse NotFound(string message) => new(404, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(message));
}
