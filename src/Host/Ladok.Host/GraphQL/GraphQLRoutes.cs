using Ladok.Kernel.Errors;

namespace Ladok.Host.GraphQL;

internal static class GraphQLRoutes
{
    /// <summary><c>/graphql</c> for API clients, GraphiQL for browsers, and GraphiQL's own files.</summary>
    public static void MapGraphQL(this WebApplication app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, GraphQLEndpoint endpoint, ILogger<GraphQLEndpoint> logger) =>
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
                // Whatever failed outside a resolver (the database gone, say), the client still gets a typed JSON error.
                logger.LogError(e, "GraphQL request failed");
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                http.Response.ContentType = GraphQLEndpoint.GraphQLResponseJson;
                await http.Response.WriteAsJsonAsync(
                    new { errors = new[] { new { message = ErrorCode.Internal.Describe(), extensions = new { code = ErrorCode.Internal.ToWire() } } } });
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
