using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Ladok.Kernel.Errors;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ladok.Host.Http;

/// <summary>How many requests a caller may send a minute (section <c>RateLimiting</c>); on in every environment.</summary>
public sealed class RateLimitingOptions
{
    /// <summary>Requests a minute from one signed-in user, counted by the user id claim whatever address they come from.</summary>
    public int SignedInPerMinute { get; set; } = 600;

    /// <summary>Requests a minute from one client address without a (valid) token: public fields, <c>verifyTranscript</c>, refused tokens.</summary>
    public int AnonymousPerMinute { get; set; } = 60;

    /// <summary><c>POST /dev/token</c> a minute from one client address (Development only), on top of the anonymous limit.</summary>
    public int DevelopmentTokensPerMinute { get; set; } = 10;
}

/// <summary>
/// ASP.NET Core's rate limiter: every request but the health checks counts against its caller's sliding minute, the signed-in
/// user's (authentication runs first) or else the client address's (see <see cref="ClientAddress"/> behind a load balancer).
/// A refusal is 429 with <c>Retry-After</c> and a GraphQL-shaped <c>RATE_LIMITED</c> error.
/// </summary>
internal static class RateLimits
{
    public const string DevelopmentTokenPolicy = "development-token";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The window slides in steps of 10 s: requests leave it as their step ages out, so no caller can send twice the limit
    /// across the edge of a fixed minute.
    /// </summary>
    private const int SegmentsPerWindow = 6;

    public static void AddLadokRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration("RateLimiting");
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((options, settings) =>
        {
            var limits = settings.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RefuseAsync;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                // SignIn makes the university's user id claim the identity's name.
                http.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } user }
                    ? SlidingWindow("user:" + user, limits.SignedInPerMinute)
                    : SlidingWindow("address:" + PartitionAddress(http), limits.AnonymousPerMinute));
            options.AddPolicy(DevelopmentTokenPolicy, http => SlidingWindow("address:" + PartitionAddress(http), limits.DevelopmentTokensPerMinute));
        });
    }

    /// <summary>
    /// The client's address; an IPv6 client by its /64, the block one subscriber (or attacker) gets, so that
    /// walking through the addresses of one's own network does not buy a fresh window each time.
    /// </summary>
    public static string PartitionAddress(HttpContext http) => http.Connection.RemoteIpAddress switch
    {
        null => "unknown",
        { AddressFamily: AddressFamily.InterNetworkV6, IsIPv4MappedToIPv6: false } v6 => new IPNetwork(Prefix64(v6), 64).ToString(),
        var address => address.MapToIPv4().ToString(),
    };

    private static IPAddress Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }

    private static RateLimitPartition<string> SlidingWindow(string key, int permitsPerMinute) =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = Window,
            SegmentsPerWindow = SegmentsPerWindow,
            // Refused at once with Retry-After rather than held: a queued request would keep a connection for up to a minute.
            QueueLimit = 0,
        });

    private static async ValueTask RefuseAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : (int)Window.TotalSeconds;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var refusal = DomainError.Of(KernelReasons.TooManyRequests, (Field?)null, seconds);
        var error = new { message = ErrorTexts.Message(refusal), extensions = new { code = refusal.Code.ToWire(), reason = refusal.Reason.Name } };
        await response.WriteAsJsonAsync(new { errors = new[] { error } }, cancellationToken);
    }
}
