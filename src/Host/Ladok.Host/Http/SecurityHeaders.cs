using Microsoft.Net.Http.Headers;

namespace Ladok.Host.Http;

/// <summary>
/// Headers on every response. API answers (JSON, CSV, PDF) are documents to read, never to render, frame or keep: a policy
/// that allows nothing, no sniffing, no framing, no caching (they hold personal data). An HTML page (GraphiQL) sets its own
/// <c>Content-Security-Policy</c> before it writes, and keeps it.
/// </summary>
internal static class SecurityHeaders
{
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy)) headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
            if (!headers.ContainsKey(HeaderNames.CacheControl)) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(http);
    });
}
