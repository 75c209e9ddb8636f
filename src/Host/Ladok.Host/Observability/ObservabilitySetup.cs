using GraphQL.Telemetry;
using Ladok.Kernel.Diagnostics;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ladok.Host.Observability;

/// <summary>
/// OpenTelemetry for the host: traces from the HTTP request through the GraphQL operation to each SQL
/// command, metrics (HTTP, rate limiting, GraphQL operations, the outboxes, plugin failures, the
/// connection pool, the runtime) and logs carrying the trace id. Exported over OTLP when the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; scraped at <c>/metrics</c> where
/// <c>Observability:PrometheusEndpoint</c> is on. Described in docs/operations.md, Observability.
/// </summary>
internal static class ObservabilitySetup
{
    /// <summary>The service name when <c>OTEL_SERVICE_NAME</c> is not set.</summary>
    public const string DefaultServiceName = "ladok";

    public const string MetricsPath = "/metrics";

    public static void AddLadokObservability(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : DefaultServiceName)
                .AddDetector(services => new UniversityResourceDetector(services.GetRequiredService<IUniversityProfile>())))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddMeter("Microsoft.AspNetCore.RateLimiting", "System.Runtime", LadokTelemetry.Name)
                    .AddNpgsqlInstrumentation();
                if (PrometheusEndpoint(configuration, builder.Environment)) metrics.AddPrometheusExporter();
            })
            .WithLogging(configureBuilder: null, configureOptions: options => options.IncludeFormattedMessage = true);

        if (configuration.GetValue("Observability:Tracing", true))
        {
            telemetry.WithTracing(tracing => tracing
                .SetSampler(new RequestRootedSampler())
                .AddAspNetCoreInstrumentation(options => options.Filter = http => !IsScrapeOrProbe(http.Request.Path))
                .AddSource(GraphQLTelemetryProvider.SourceName, LadokTelemetry.Name)
                .AddNpgsql());
        }

        // OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS and the rest are read by the exporter itself.
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) telemetry.UseOtlpExporter();

        // The JSON console logs (outside Development) carry the scope ASP.NET Core opens per request: TraceId and SpanId.
        builder.Services.Configure<JsonConsoleFormatterOptions>(options => options.IncludeScopes = true);
    }

    /// <summary>
    /// <c>/metrics</c> in Prometheus' text format, where <c>Observability:PrometheusEndpoint</c> is on
    /// (the Development default); only on <c>Observability:PrometheusPort</c> when that is set.
    /// </summary>
    public static void MapLadokMetrics(this WebApplication app)
    {
        if (!PrometheusEndpoint(app.Configuration, app.Environment)) return;

        // A scraper is neither a user nor an anonymous caller: its scrapes are not counted against an address.
        var endpoint = app.MapPrometheusScrapingEndpoint(MetricsPath).DisableRateLimiting();
        if (app.Configuration.GetValue<int?>("Observability:PrometheusPort") is { } port) endpoint.RequireHost($"*:{port}");
    }

    private static bool PrometheusEndpoint(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Observability:PrometheusEndpoint", environment.IsDevelopment());

    /// <summary>Scrapes and health probes come every few seconds and say nothing about the users' requests.</summary>
    private static bool IsScrapeOrProbe(PathString path) => path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");
}
