using System.Net;
using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>A host serving a small built app from <c>Web:Directory</c>: a page and one hashed script.</summary>
public class WebAppHost : LadokHost
{
    public const string Page = "<!doctype html><html lang=\"sv\"><head><script type=\"module\" src=\"/assets/app-3f2a.js\"></script></head></html>";

    private readonly string directory = Directory.CreateTempSubdirectory("ladok-web-").FullName;

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            System.IO.Directory.CreateDirectory(Path.Combine(directory, "assets"));
            File.WriteAllText(Path.Combine(directory, "index.html"), Page);
            File.WriteAllText(Path.Combine(directory, "assets", "app-3f2a.js"), "console.log('app');");
            return new Dictionary<string, string?>(base.Settings) { ["Web:Directory"] = directory };
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        System.IO.Directory.Delete(directory, recursive: true);
    }
}

/// <summary>The same app in production, signing in at the university's OpenID Connect provider.</summary>
public sealed class WebAppWithIdentityProviderHost : WebAppHost
{
    protected override string Environment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Authentication:Authority"] = "https://idp.umu.example/realms/umu",
        ["Authentication:Audience"] = "ladok-api",
        ["Web:ClientId"] = "ladok-web",
        ["Web:Scope"] = "openid profile ladok",
    };
}

/// <summary>
/// The web app at <c>/</c>: every client route (a deep link) gets its page under a policy that lets it run, while the
/// server's own paths never do; hashed files are kept for a year; <c>/config.json</c> says how users sign in.
/// </summary>
public sealed class WebAppTests(WebAppHost host) : IClassFixture<WebAppHost>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/dashboard?year=2025&unit=DV")]
    [InlineData("/verify/ABCD-EFGH-JK23")]
    public async Task A_client_route_gets_the_app_page_under_a_policy_that_allows_its_own_files_only(string path)
    {
        using var response = await host.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(WebAppHost.Page, await response.Content.ReadAsStringAsync());
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("/reports/no-such-report")]
    [InlineData("/transcripts/no-such-transcript")]
    [InlineData("/dev/no-such-thing")]
    [InlineData("/health/no-such-check")]
    [InlineData("/graphiql/no-such-file")]
    [InlineData("/metrics/no-such-metric")]
    [InlineData("/assets/missing.js")]
    [InlineData("/missing.js")]
    public async Task The_servers_own_paths_and_missing_files_are_never_the_app(string path)
    {
        using var response = await host.Http.GetAsync(path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<!doctype html>", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_browser_asking_for_graphql_still_gets_graphiql()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await host.Http.SendAsync(request);

        Assert.Contains("graphiql", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.NotEqual(WebAppHost.Page, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_hashed_file_is_served_and_kept_for_a_year()
    {
        using var response = await host.Http.GetAsync("/assets/app-3f2a.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Development_tells_the_app_to_offer_the_demo_users()
    {
        var config = JsonNode.Parse(await host.Http.GetStringAsync("/config.json"))!;

        Assert.True(config["developmentSignIn"]!.GetValue<bool>());
        Assert.Null(config["authority"]);
        Assert.Null(config["clientId"]);
    }
}

/// <summary>In production the app signs in at the university's identity provider, which its policy lets it reach.</summary>
public sealed class WebAppIdentityProviderTests(WebAppWithIdentityProviderHost host) : IClassFixture<WebAppWithIdentityProviderHost>
{
    [Fact]
    public async Task The_app_is_told_the_identity_provider_and_its_client_and_no_demo_users()
    {
        var config = JsonNode.Parse(await host.Http.GetStringAsync("/config.json"))!;

        Assert.False(config["developmentSignIn"]!.GetValue<bool>());
        Assert.Equal("https://idp.umu.example/realms/umu", config["authority"]!.GetValue<string>());
        Assert.Equal("ladok-web", config["clientId"]!.GetValue<string>());
        Assert.Equal("openid profile ladok", config["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_app_page_may_call_the_identity_provider_and_this_host_only()
    {
        using var response = await host.Http.GetAsync("/auth/callback?code=abc&state=xyz");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("connect-src 'self' https://idp.umu.example;", policy, StringComparison.Ordinal);
        Assert.Equal(WebAppHost.Page, await response.Content.ReadAsStringAsync());
    }
}
