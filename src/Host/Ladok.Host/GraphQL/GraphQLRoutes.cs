using Ladok.Host.Database;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Microsoft.Extensions.Options;

namespace Ladok.Host.GraphQL;

internal static class GraphQLRoutes
{
    /// <summary><c>/graphql</c> for API clients, GraphiQL for browsers, and GraphiQL's own files.</summary>
    public static void MapGraphQL(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], async (
            HttpContext http, GraphQLEndpoint endpoint, ILogger<GraphQLEndpoint> logger, IOptions<DatabaseRetryOptions> retry) =>
        {
            if (GraphiQLAssets.WantsPage(http.Request))
            {
                await GraphiQLAssets.WritePageAsync(http);
                return;
            }

            try
            {
                await endpoint.HandleAsync(http);
            }
            catch (Exception e) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
            {
                // Whatever failed outside a resolver, the client still gets a typed JSON error: the database out of reach is the
                // server's fault and passes (503 UNAVAILABLE, ask again later), anything else is a fault of ours (500 INTERNAL).
                logger.LogError(e, "GraphQL request failed");
                var code = TransientDatabaseFault.Is(e) ? ErrorCode.Unavailable : ErrorCode.Internal;
                http.Response.StatusCode = code == ErrorCode.Unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
                if (code == ErrorCode.Unavailable)
                {
                    http.Response.Headers.RetryAfter = retry.Value.RetryAfterHeader;
                }
                http.Response.ContentType = GraphQLEndpoint.GraphQLResponseJson;
                var reason = KernelReasons.OfCode(code);
                var message = ErrorTexts.Message(DomainError.Of(reason, (Field?)null));
                var error = new { message, extensions = new { code = code.ToWire(), reason = reason.Name } };
                await http.Response.WriteAsJsonAsync(new { errors = new[] { error } });
            }
        });
        app.MapMethods("/graphql", [HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "GET, POST";
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
        app.MapGet("/graphiql/{file}", (string file) => GraphiQLAssets.File(file));
    }
}
