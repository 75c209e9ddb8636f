namespace Ladok.Host.Web;

/// <summary>
/// The app's Content-Security-Policy: scripts, styles and fonts from this host only (Vite emits no inline script or style,
/// and React sets styles through the DOM, which a policy does not restrict); requests to this host and to the university's
/// identity provider (OpenID Connect discovery and token endpoints); nothing may frame it.
/// </summary>
internal static class WebAppPolicy
{
    public static string ContentSecurityPolicy(IConfiguration configuration)
    {
        var identityProvider = configuration["Authentication:Authority"] is { Length: > 0 } authority
            && Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? " " + uri.GetLeftPart(UriPartial.Authority) : "";
        return string.Join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "manifest-src 'self'",
            $"connect-src 'self'{identityProvider}",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
