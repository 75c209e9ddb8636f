using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// GraphiQL's page runs under a content security policy that allows its own files and its inline script and style by
/// hash only; API answers carry a policy that allows nothing, and are never sniffed, framed or cached.
/// </summary>
public sealed partial class SecurityHeaderTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task The_graphiql_page_allows_its_own_scripts_and_its_inline_script_by_hash_only()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await host.Http.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();
        var header = response.Headers.GetValues("Content-Security-Policy").Single();
        var policy = Directives(header);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'self'", policy["connect-src"]);
        Assert.Equal($"'self' {Hash(InlineScript().Match(page).Groups[1].Value)}", policy["script-src"]);
        Assert.Equal($"'self' {Hash(InlineStyle().Match(page).Groups[1].Value)}", policy["style-src"]);
        Assert.DoesNotContain("unsafe", header, StringComparison.Ordinal);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task The_graphiql_files_the_page_loads_are_served_from_this_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await host.Http.SendAsync(request);
        var sources = LocalSources().Matches(await page.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(4, sources.Count);
        foreach (var source in sources)
        {
            using var file = await host.Http.GetAsync(source);
            Assert.True(file.IsSuccessStatusCode, source);
            Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task A_graphql_answer_allows_nothing_to_render_and_is_not_cached()
    {
        using var response = await host.Http.PostAsJsonAsync("/graphql", new { query = "{ university { code } }" });

        Assert.Equal("default-src 'none'; frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task A_refusal_carries_the_same_headers()
    {
        using var response = await host.Http.GetAsync("/reports/registrations.csv");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        AssertCommonHeaders(response);
    }

    [Fact]
    public async Task Development_sends_no_strict_transport_security()
    {
        using var https = new HttpClient(host.Server.CreateHandler()) { BaseAddress = new Uri("https://ladok.university.example/") };

        using var response = await https.GetAsync("/health/live");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static void AssertCommonHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ', 2)[0], d => d.Split(' ', 2)[1]);

    private static string Hash(string inline)
    {
        Assert.False(string.IsNullOrWhiteSpace(inline));
        return $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)))}'";
    }

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyle();

    [GeneratedRegex("(?:src|href)=\"(/[^\"]+)\"")]
    private static partial Regex LocalSources();
}

/// <summary>
/// Outside Development, an answer over HTTPS (Kestrel's TLS, or the load balancer's as X-Forwarded-Proto says) tells browsers to stay on HTTPS.
/// </summary>
public sealed class ProductionSecurityHeaderTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Fact]
    public async Task Production_sends_strict_transport_security_over_https_only()
    {
        using var https = new HttpClient(host.Server.CreateHandler()) { BaseAddress = new Uri("https://ladok.university.example/") };
        using var http = new HttpClient(host.Server.CreateHandler()) { BaseAddress = new Uri("http://ladok.university.example/") };

        using var overHttps = await https.GetAsync("/health/live");
        using var overHttp = await http.GetAsync("/health/live");

        Assert.StartsWith("max-age=", overHttps.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }
}
