using Ladok.Host.Authentication;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Ladok.Host.Web;

/// <summary>
/// The web app (<c>web/</c>, built into the host's <c>web</c> folder by Ladok.Host.csproj) at <c>/</c>, next to the API: its
/// files, <c>index.html</c> for every client route (deep links), and <c>/config.json</c> telling it how users sign in.
/// </summary>
internal static class WebApp
{
    /// <summary>Paths the server answers for itself: an unknown one under them is 404, never the app.</summary>
    private static readonly string[] ServerPaths =
        ["/graphql", "/graphiql", "/health", "/reports", "/transcripts", "/dev", "/metrics", "/config.json", "/assets"];

    /// <summary>Where the built app is; <c>Web:Directory</c> overrides it (tests, or an operator serving another build).</summary>
    public static string Directory(IConfiguration configuration) =>
        configuration["Web:Directory"] is { Length: > 0 } directory ? Path.GetFullPath(directory) : Path.Combine(AppContext.BaseDirectory, "web");

    /// <summary>The app's files: hashed assets kept for a year, anything else (the page) looked at again each time.</summary>
    public static IApplicationBuilder UseWebAppFiles(this WebApplication app)
    {
        var directory = Directory(app.Configuration);
        if (!File.Exists(Path.Combine(directory, "index.html"))) return app;
        var policy = WebAppPolicy.ContentSecurityPolicy(app.Configuration);
        return app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(directory),
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                // Vite names every file under /assets by its content's hash: a new build is a new name.
                headers.CacheControl = file.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache";
                if (file.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) headers.ContentSecurityPolicy = policy;
            },
        });
    }

    public static void MapWebApp(this WebApplication app)
    {
        app.MapGet("/config.json", (IConfiguration configuration, IHostEnvironment environment) => Results.Json(new
        {
            developmentSignIn = SignIn.DevelopmentTokensEnabled(configuration, environment),
            authority = configuration["Authentication:Authority"] is { Length: > 0 } authority ? authority : null,
            clientId = configuration["Web:ClientId"] is { Length: > 0 } clientId ? clientId : null,
            scope = configuration["Web:Scope"] is { Length: > 0 } scope ? scope : "openid profile",
        }));

        var page = Path.Combine(Directory(app.Configuration), "index.html");
        if (!File.Exists(page))
        {
            app.Logger.LogInformation("No web app at {Page}: / serves nothing (build web/ with npm run build, or set Web:Directory)", page);
            return;
        }

        var policy = WebAppPolicy.ContentSecurityPolicy(app.Configuration);
        // The fallback's pattern matches only paths without a file extension: /missing.js stays 404.
        app.MapFallback(async http =>
        {
            if (!(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) || IsServerPath(http.Request.Path))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            http.Response.Headers.ContentSecurityPolicy = policy;
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.SendFileAsync(page, http.RequestAborted);
        }).DisableRateLimiting();
    }

    public static bool IsServerPath(PathString path) => ServerPaths.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
