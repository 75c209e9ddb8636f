using System.Reflection;

namespace Ladok.Host.GraphQL;

/// <summary>GraphiQL's page and scripts, embedded in this assembly at build time from the npm packages.</summary>
internal static class GraphiQLAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        ["graphiql.min.js"] = "text/javascript",
        ["graphiql.min.css"] = "text/css",
        ["react.production.min.js"] = "text/javascript",
        ["react-dom.production.min.js"] = "text/javascript",
    };

    public static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task WritePageAsync(HttpContext http) => WriteAsync(http, "index.html", "text/html; charset=utf-8");

    public static IResult File(string name) =>
        ContentTypes.TryGetValue(name, out var contentType) && Open(name) is { } stream
            ? Results.Stream(stream, contentType)
            : Results.NotFound();

    private static async Task WriteAsync(HttpContext http, string name, string contentType)
    {
        await using var stream = Open(name) ?? throw new InvalidOperationException($"GraphiQL asset {name} is missing from the build.");
        http.Response.ContentType = contentType;
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }

    private static Stream? Open(string name) => Assembly.GetExecutingAssembly().GetManifestResourceStream("graphiql/" + name);
}
