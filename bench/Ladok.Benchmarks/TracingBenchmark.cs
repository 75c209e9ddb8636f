using System.Net.Http.Headers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Ladok.Testing;

namespace Ladok.Benchmarks;

/// <summary>
/// What recording traces costs on a simple query: the same request to a host with
/// <c>Observability:Tracing</c> on (spans for HTTP, the GraphQL operation and each SQL command are
/// recorded, and dropped, since no exporter is configured) and off. One host per case, disposed before
/// the next: an activity listener is process-wide, so a tracing host would also trace its neighbour.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(30)]
public class TracingBenchmark
{
    private static readonly byte[] Body = JsonSerializer.SerializeToUtf8Bytes(new
    {
        query = "query CoursePage { courses(first: 20) { nodes { code name credits } } }",
    });

    private LadokHost host = null!;
    private string token = null!;

    [Params(false, true)]
    public bool Tracing { get; set; }

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = new TracingHost(Tracing);
        await host.InitializeAsync();
        token = await host.TokenAsync("stadmdv");
    }

    [GlobalCleanup]
    public Task CleanUpAsync() => host.DisposeAsync();

    [Benchmark(Description = "POST /graphql query CoursePage { courses(first: 20) … }")]
    public async Task<int> Query()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? bytes.Length : throw new InvalidOperationException(System.Text.Encoding.UTF8.GetString(bytes));
    }

    private sealed class TracingHost(bool tracing) : LadokHost
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Observability:Tracing"] = tracing ? "true" : "false",
        };
    }
}
