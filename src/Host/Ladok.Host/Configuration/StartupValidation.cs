using System.Globalization;
using System.Net;
using Ladok.Host.Composition;

namespace Ladok.Host.Configuration;

/// <summary>
/// Settings checked before anything is built from them. A wrong one stops the host (and its verbs) with one line naming
/// the setting, instead of a host that starts and then answers every request with 500, or a stack trace from deep inside.
/// </summary>
internal static class StartupValidation
{
    private static readonly string[] PositiveIntegers =
    [
        "RateLimiting:SignedInPerMinute", "RateLimiting:AnonymousPerMinute", "RateLimiting:DevelopmentTokensPerMinute",
        "RequestLimits:MaxBodyBytes",
        "GraphQL:MaxDocumentLength", "GraphQL:MaxRequestBytes", "GraphQL:MaxDepth", "GraphQL:MaxComplexity",
        "GraphQL:AnonymousMaxComplexity", "GraphQL:MaxTokens", "GraphQL:MaxFields", "GraphQL:AnonymousMaxFields",
        "GraphQL:MaxAliases", "GraphQL:MaxDirectivesPerSelection",
        "Outbox:MaxAttempts",
    ];

    private static readonly string[] PositiveDurations =
    [
        "Plugins:ResultRuleTimeout", "Plugins:EventSubscriberTimeout", "Outbox:PollInterval",
        "GraphQL:QueryTimeout", "GraphQL:MutationTimeout", "GraphQL:ExportTimeout", "GraphQL:RequestBodyTimeout",
        "Database:ReadRetryDelay", "Database:ReadRetryMaxDelay", "Database:RetryAfter", "Links:Lifetime",
    ];

    /// <summary>Durations that may be zero: a first retry at once.</summary>
    private static readonly string[] NonNegativeDurations = ["Outbox:FirstRetryDelay"];

    /// <exception cref="StartupException">The first setting that is wrong, and what it should be.</exception>
    public static void Validate(IConfiguration configuration, IHostEnvironment environment)
    {
        ValidateAuthentication(configuration, environment);
        ValidateCorsOrigins(configuration);
        ValidateForwardedHeaders(configuration);
        ValidateIntrospection(configuration);
        if (configuration["Links:SigningKey"] is { Length: > 0 and < 32 })
        {
            throw new StartupException("Links:SigningKey is shorter than 32 characters: use a longer secret, the same on every host.");
        }

        foreach (var key in PositiveIntegers)
        {
            if (configuration[key] is { Length: > 0 } value
                && !(long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0))
            {
                throw new StartupException($"{key} is \"{value}\": it must be a whole number greater than zero.");
            }
        }

        foreach (var key in PositiveDurations.Concat(NonNegativeDurations))
        {
            var least = NonNegativeDurations.Contains(key) ? "zero or more" : "above zero";
            if (configuration[key] is { Length: > 0 } value && !(TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var duration)
                && (duration > TimeSpan.Zero || (duration == TimeSpan.Zero && NonNegativeDurations.Contains(key)))))
            {
                throw new StartupException($"{key} is \"{value}\": it must be a duration {least}, such as 00:00:30.");
            }
        }
    }

    private static void ValidateAuthentication(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration["Authentication:Authority"] is { Length: > 0 } authority)
        {
            // JwtBearer fetches the signing keys from the authority and refuses to do so over plain HTTP, on every request.
            if (!Uri.TryCreate(authority, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                throw new StartupException(
                    $"Authentication:Authority is \"{authority}\": it must be the identity provider's issuer as an absolute https:// URL.");
            }

            if (string.IsNullOrWhiteSpace(configuration["Authentication:Audience"]))
            {
                throw new StartupException("Authentication:Authority is set but Authentication:Audience is not: " +
                    "set it to this API's audience so tokens meant for other services are refused.");
            }
        }

        if (environment.IsDevelopment() && configuration["Authentication:DevelopmentSigningKey"] is { Length: > 0 and < 32 })
        {
            throw new StartupException("Authentication:DevelopmentSigningKey is shorter than 32 characters: use a longer key, or none.");
        }
    }

    private static void ValidateCorsOrigins(IConfiguration configuration)
    {
        foreach (var origin in configuration.GetSection("Cors:Origins").Get<string[]>() ?? [])
        {
            // A browser sends its origin as scheme://host[:port]; anything else in the list would never match it.
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || !string.Equals(origin, uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
            {
                throw new StartupException(
                    $"Cors:Origins has \"{origin}\": each origin must be an absolute URL with no path, such as https://app.university.example.");
            }
        }
    }

    private static void ValidateIntrospection(IConfiguration configuration)
    {
        // It was a boolean before the policy had three values: an old true/false must say so, not fail at the first request.
        if (configuration["GraphQL:Introspection"] is { Length: > 0 } value && !Enum.TryParse<GraphQL.IntrospectionPolicy>(value, ignoreCase: true, out _))
        {
            throw new StartupException($"GraphQL:Introspection is \"{value}\": it must be Off, SignedIn or Everyone.");
        }
    }

    private static void ValidateForwardedHeaders(IConfiguration configuration)
    {
        foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
        {
            if (!IPAddress.TryParse(proxy, out _))
            {
                throw new StartupException($"ForwardedHeaders:KnownProxies has \"{proxy}\": each must be an IP address, such as 10.0.0.5.");
            }
        }

        foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
        {
            if (!System.Net.IPNetwork.TryParse(network, out _))
            {
                throw new StartupException($"ForwardedHeaders:KnownNetworks has \"{network}\": each must be a network in CIDR notation, such as 10.0.0.0/24.");
            }
        }
    }
}
