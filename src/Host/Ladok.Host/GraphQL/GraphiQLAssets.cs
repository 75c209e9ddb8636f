using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Ladok.Host.GraphQL;

/// <summary>GraphiQL's page and scripts, embedded in this assembly at build time from the npm packages.</summary>
internal static partial class GraphiQLAssets
{
    /// <summary>
    /// The page's policy: scripts and styles from this host only, plus the page's own inline script and style by their
    /// hashes (no <c>'unsafe-inline'</c>); GraphiQL's stylesheet embeds its fonts and icons as <c>data:</c> URLs; it talks
    /// to <c>/graphql</c> on this origin only; nothing may frame it.
    /// </summary>
    public static string ContentSecurityPolicy { get; } = PagePolicy();

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

    public static Task WritePageAsync(HttpContext http)
    {
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return WriteAsync(http, "index.html", "text/html; charset=utf-8");
    }

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

    private static string PagePolicy()
    {
        using var stream = Open("index.html") ?? throw new InvalidOperationException("GraphiQL asset index.html is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var page = reader.ReadToEnd();
        return string.Join("; ",
            "default-src 'none'",
            $"script-src 'self' {Hashes(InlineScripts(), page)}",
            $"style-src 'self' {Hashes(InlineStyles(), page)}",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-ancestors 'none'");
    }

    /// <summary>CSP source expressions for the text of each inline element, hashed as the browser hashes it.</summary>
    private static string Hashes(Regex inline, string page) =>
        string.Join(
            ' ', inline.Matches(page).Select(m => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["text"].Value)))}'"));

    [GeneratedRegex("<script>(?<text>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScripts();

    [GeneratedRegex("<style>(?<text>.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyles();
}
