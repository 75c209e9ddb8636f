using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// /metrics of the built host in a process of its own, as deployed. ASP.NET Core's and Npgsql's meters belong to each
/// host, and OpenTelemetry joins instruments by name across a process: in the test process, which runs many hosts one
/// after another, a host's request metrics can be folded into a host already disposed. One host per process has none of that.
/// </summary>
public sealed class ProcessMetricsTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public async Task Metrics_show_the_requests_by_route_the_rate_limiters_refusals_and_the_database_pool_and_commands()
    {
        await using var host = await ServingHostProcess.StartAsync(database.ConnectionString);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"query ProcessProbe { courses(first: 2) { nodes { code } } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync("ladokadm"));
        using (var answer = await host.Http.SendAsync(request)) Assert.Equal(200, (int)answer.StatusCode);
        // /dev/token allows 10 a minute from one address by default, and one was taken above: the rest are refused.
        var tokenAnswers = new List<int>();
        for (var i = 0; i < 11; i++)
        {
            using var answer = await host.Http.PostAsJsonAsync("/dev/token", new { user = "ladokadm" });
            tokenAnswers.Add((int)answer.StatusCode);
        }
        Assert.Contains(429, tokenAnswers);

        await Eventually.Async(() => host.Http.GetStringAsync("/metrics"),
            scraped =>
                ObservabilityTests.Sample(
                    scraped, "http_server_request_duration_seconds_count", ("http_route", "/graphql"), ("http_response_status_code", "200")) >= 1
                && ObservabilityTests.Sample(
                    scraped, "aspnetcore_rate_limiting_requests_total", ("aspnetcore_rate_limiting_result", "endpoint_limiter")) >= 1
                && ObservabilityTests.Sample(scraped, "db_client_operation_duration_seconds_count") >= 1
                && ObservabilityTests.Sample(scraped, "db_client_connection_count") is not null
                && ObservabilityTests.Sample(scraped, "ladok_graphql_operation_duration_seconds_count", ("graphql_operation_name", "ProcessProbe")) >= 1,
            scraped => $"/metrics to show the requests, the refusals, the pool and the commands:\n{scraped}");
    }
}
