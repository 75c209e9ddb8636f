using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json;
using Autofac;
using BenchmarkDotNet.Attributes;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Testing;

namespace Ladok.Benchmarks;

/// <summary>
/// What authorization costs on a typical query: the same request with the grant-based evaluator
/// (one SQL read of the caller's grants per request) against an evaluator that allows everything.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(30)]
public class AuthorizationBenchmark
{
    private static readonly byte[] Body = JsonSerializer.SerializeToUtf8Bytes(new
    {
        query = "{ courses(first: 20) { totalCount nodes { code name credits organisationUnit { code } } } }",
    });

    private LadokHost withGrants = null!;
    private LadokHost allowAll = null!;
    private string token = null!;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        withGrants = new LadokHost();
        allowAll = new AllowAllHost();
        await withGrants.InitializeAsync();
        await allowAll.InitializeAsync();
        token = await withGrants.TokenAsync("stadmdv");
    }

    [GlobalCleanup]
    public async Task CleanUpAsync()
    {
        await withGrants.DisposeAsync();
        await allowAll.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "authorization off (allow all)")]
    public Task<int> Off() => PostAsync(allowAll);

    [Benchmark(Description = "authorization on (grants)")]
    public Task<int> On() => PostAsync(withGrants);

    private async Task<int> PostAsync(LadokHost host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode ? bytes.Length : throw new InvalidOperationException(System.Text.Encoding.UTF8.GetString(bytes));
    }

    private sealed class AllowAllHost : LadokHost
    {
        protected override void ConfigureContainer(ContainerBuilder container) =>
            container.RegisterInstance(new AllowAll()).As<IAuthorizationPolicyEvaluator>();
    }

    private sealed class AllowAll : IAuthorizationPolicyEvaluator
    {
        public ValueTask<PolicyDecision> EvaluateAsync(string policy, ClaimsPrincipal caller, CancellationToken cancellationToken) =>
            ValueTask.FromResult(PolicyDecision.Allow);
    }
}
