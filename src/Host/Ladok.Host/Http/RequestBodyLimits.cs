using Microsoft.AspNetCore.Http.Metadata;

namespace Ladok.Host.Http;

/// <summary>
/// How large a request body may be: <c>RequestLimits:MaxBodyBytes</c> (64 KiB) for every route, Kestrel's own limit, so that
/// nobody streams megabytes into a route that reads none. <c>/graphql</c> raises it for itself to <c>GraphQL:MaxRequestBytes</c>;
/// a route may lower it with <see cref="Limit"/>. Too large is 413.
/// </summary>
internal static class RequestBodyLimits
{
    public const long DefaultMaxBodyBytes = 64 * 1024;

    public static void UseLadokRequestBodyLimits(this ConfigureWebHostBuilder webHost) =>
        webHost.ConfigureKestrel((context, kestrel) =>
            kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue("RequestLimits:MaxBodyBytes", DefaultMaxBodyBytes));

    /// <summary>Endpoint metadata that routing applies to the request before the body is read.</summary>
    public static TBuilder WithMaxBodyBytes<TBuilder>(this TBuilder endpoint, long bytes) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new Limit(bytes));

    private sealed record Limit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
