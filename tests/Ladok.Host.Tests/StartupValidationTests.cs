using System.Net;
using Ladok.Host.Composition;
using Ladok.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// A wrong setting stops the host before it serves, with one line naming the setting: never a host that starts and then
/// answers every request, /health/live included, with 500.
/// </summary>
public sealed class StartupValidationTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Theory]
    [InlineData("Authentication:Authority", "http://login.university.example/", "Authentication:Authority is \"http://login.university.example/\": it must be")]
    [InlineData("Authentication:Authority", "login.university.example", "Authentication:Authority is \"login.university.example\"")]
    [InlineData("Cors:Origins:0", "app.university.example", "Cors:Origins has \"app.university.example\"")]
    [InlineData("Cors:Origins:0", "https://app.university.example/start", "Cors:Origins has \"https://app.university.example/start\"")]
    [InlineData("RateLimiting:SignedInPerMinute", "0", "RateLimiting:SignedInPerMinute is \"0\"")]
    [InlineData("RateLimiting:AnonymousPerMinute", "sixty", "RateLimiting:AnonymousPerMinute is \"sixty\"")]
    [InlineData("RequestLimits:MaxBodyBytes", "-1", "RequestLimits:MaxBodyBytes is \"-1\"")]
    [InlineData("GraphQL:MaxDepth", "0", "GraphQL:MaxDepth is \"0\"")]
    [InlineData("GraphQL:MaxAliases", "0", "GraphQL:MaxAliases is \"0\"")]
    [InlineData("GraphQL:QueryTimeout", "00:00:00", "GraphQL:QueryTimeout is \"00:00:00\": it must be a duration above zero")]
    [InlineData("GraphQL:Introspection", "true", "GraphQL:Introspection is \"true\": it must be Off, SignedIn or Everyone")]
    [InlineData("Database:RetryAfter", "soon", "Database:RetryAfter is \"soon\"")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "load-balancer.local", "ForwardedHeaders:KnownProxies has \"load-balancer.local\"")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0", "ForwardedHeaders:KnownNetworks has \"10.0.0.0\"")]
    [InlineData("Plugins:ResultRuleTimeout", "5 seconds", "Plugins:ResultRuleTimeout is \"5 seconds\"")]
    [InlineData("Outbox:PollInterval", "00:00:00", "Outbox:PollInterval is \"00:00:00\": it must be a duration above zero")]
    [InlineData("Outbox:FirstRetryDelay", "-00:00:01", "Outbox:FirstRetryDelay is \"-00:00:01\": it must be a duration zero or more")]
    public async Task A_production_host_with_a_wrong_setting_does_not_start(string key, string value, string expected)
    {
        await using var factory = Host("Production", (key, value), ("Authentication:Audience", "ladok"));

        var error = Assert.Throws<StartupException>(() => factory.Server);

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task An_authority_without_an_audience_does_not_start()
    {
        await using var factory = Host("Production", ("Authentication:Authority", "https://login.university.example/"));

        var error = Assert.Throws<StartupException>(() => factory.Server);

        Assert.StartsWith("Authentication:Authority is set but Authentication:Audience is not", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_host_with_an_https_authority_starts_and_is_live()
    {
        await using var factory = Host("Production",
            ("Authentication:Authority", "https://login.university.example/"), ("Authentication:Audience", "ladok"),
            ("Cors:Origins:0", "https://app.university.example"), ("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/24"),
            ("Outbox:FirstRetryDelay", "00:00:00"));

        using var live = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task The_host_process_with_an_http_authority_exits_with_1_and_one_line()
    {
        var (exitCode, stderr) = await HostProcess.RunAsync("--environment", "Production",
            "--Authentication:Authority", "http://login.university.example/", "--Authentication:Audience", "ladok",
            "--ConnectionStrings:Ladok", database.ConnectionString, "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exitCode);
        Assert.Equal(
            "Authentication:Authority is \"http://login.university.example/\": it must be the identity provider's issuer as an absolute https:// URL.",
            stderr.Trim());
    }

    private WebApplicationFactory<Program> Host(string environment, params (string Key, string Value)[] settings)
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LADOK_HOST", Path.Combine(RepositoryPaths.Root, "src", "Host", "Ladok.Host"));
        return new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.UseSetting("ConnectionStrings:Ladok", database.ConnectionString);
            builder.UseSetting("Plugins:Directory", RepositoryPaths.Plugins);
            builder.UseSetting("University:Code", "UMU");
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });
    }
}
