using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Ladok.Host.Http;

/// <summary>
/// Behind a load balancer every connection comes from the balancer. Its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// are believed only from the addresses in <c>ForwardedHeaders:KnownProxies</c> and <c>ForwardedHeaders:KnownNetworks</c>
/// (and loopback, a proxy on the same machine), so a client cannot name its own address to get a fresh rate-limit window.
/// </summary>
internal static class ClientAddress
{
    public static void AddLadokForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Each hop is checked against the lists, so a chain of trusted proxies may be walked back to the first untrusted address.
            options.ForwardLimit = null;
            foreach (var proxy in KnownProxies(configuration)) options.KnownProxies.Add(proxy);
            foreach (var network in KnownNetworks(configuration)) options.KnownIPNetworks.Add(network);
        });
    }

    /// <summary><c>ForwardedHeaders:KnownProxies</c>; <see cref="Configuration.StartupValidation"/> has checked that each parses.</summary>
    public static IEnumerable<IPAddress> KnownProxies(IConfiguration configuration) =>
        (configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? []).Select(IPAddress.Parse);

    /// <summary><c>ForwardedHeaders:KnownNetworks</c> in CIDR notation (<c>10.0.0.0/8</c>).</summary>
    public static IEnumerable<System.Net.IPNetwork> KnownNetworks(IConfiguration configuration) =>
        (configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? []).Select(n => System.Net.IPNetwork.Parse(n));
}
