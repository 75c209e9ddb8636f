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

/// <summary>What a module endpoint is asked: the route's values, the query string, the signed-in caller and the server's own base address.</summary>
public sealed record ModuleRequest(
    IReadOnlyDictionary<string, string?> RouteValues, IReadOnlyDictionary<string, string> Query, ClaimsPrincipal Caller, string BaseAddress);

/// <summary>
/// What a module endpoint answers: a status, a media type and a body (empty for an error without
/// content), or, for a body of any size, <paramref name="Write"/>, which the host calls with the
/// response stream after the headers so it is written as it is made, in constant memory.
/// </summary>
public sealed record ModuleResponse(
    int StatusCode, string ContentType, byte[] Body, string? FileName = null, Func<Stream, CancellationToken, Task>? Write = null)
{
    /// <summary>A 200 whose body is written by <paramref name="write"/> as the client reads it.</summary>
    public static ModuleResponse Streamed(string contentType, string fileName, Func<Stream, CancellationToken, Task> write) =>
        new(200, contentType, [], fileName, write);

    /// <summary>
    /// A refusal as the GraphQL endpoint gives it: <c>{"errors":[{"message","extensions":{"code","reason"}}]}</c> with the matching status,
    /// the message in the request's language.
    /// </summary>
    public static ModuleResponse Refused(Errors.DomainError error) => new(
        error.Code switch
        {
            Errors.ErrorCode.Unauthenticated => 401,
            Errors.ErrorCode.Forbidden => 403,
            Errors.ErrorCode.NotFound => 404,
            _ => 400,
        },
        "application/json; charset=utf-8",
        System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
            new
            {
                errors = new[]
                {
                    new
                    {
                        message = Errors.ErrorTexts.Message(error),
                        extensions = new { code = Errors.ErrorCodes.ToWire(error.Code), reason = error.Reason.Name },
                    },
                },
            }));
}
