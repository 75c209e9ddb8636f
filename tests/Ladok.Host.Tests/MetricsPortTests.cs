using System.Net;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>A host whose /metrics is confined to port 9464, as operations.md advises behind a load balancer.</summary>
public sealed class MetricsPortHost : LadokHost
{
    public const int Port = 9464;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Observability:PrometheusEndpoint"] = "true",
        ["Observability:PrometheusPort"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary><c>Observability:PrometheusPort</c>: the metrics answer on that port only, so the public port does not show them.</summary>
public sealed class MetricsPortTests(MetricsPortHost host) : IClassFixture<MetricsPortHost>
{
    [Fact]
    public async Task Metrics_answer_on_their_own_port_and_not_on_the_public_one()
    {
        using var onPublicPort = await host.Http.GetAsync(new Uri("http://localhost/metrics"));
        using var onMetricsPort = await host.Http.GetAsync(new Uri($"http://localhost:{MetricsPortHost.Port}/metrics"));

        Assert.Equal(HttpStatusCode.NotFound, onPublicPort.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onMetricsPort.StatusCode);
        Assert.Contains("# TYPE ", await onMetricsPort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
