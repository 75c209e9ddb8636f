using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ladok.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ladok.Host.Tests;

/// <summary>Small limits, and a load balancer at 10.0.0.5 whose X-Forwarded-For is believed.</summary>
public sealed class SmallRateLimitHost : LadokHost
{
    public const int PerMinute = 3;
    public const string LoadBalancer = "10.0.0.5";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["RateLimiting:SignedInPerMinute"] = $"{PerMinute}",
        ["RateLimiting:AnonymousPerMinute"] = $"{PerMinute}",
        ["RateLimiting:DevelopmentTokensPerMinute"] = "2",
        ["ForwardedHeaders:KnownProxies:0"] = LoadBalancer,
    };
}

/// <summary>
/// Each signed-in user and each anonymous client address has its own window; a request over it is refused with 429,
/// Retry-After and a RATE_LIMITED error. Each test uses users and addresses of its own, since the windows last a minute.
/// Tokens are made here with the development key rather than fetched from /dev/token, which is limited too.
/// </summary>
public sealed class RateLimitTests(SmallRateLimitHost host) : IClassFixture<SmallRateLimitHost>
{
    private const string PublicQuery = "{ university { code } }";

    [Fact]
    public async Task A_signed_in_user_over_the_limit_gets_429_with_retry_after_and_a_rate_limited_error()
    {
        var token = Token("rate-user-a");

        var answered = await SendManyAsync(SmallRateLimitHost.PerMinute, () => Request("/graphql", token: token));
        using var refused = await SendAsync(Request("/graphql", token: token));

        Assert.All(answered, status => Assert.Equal(HttpStatusCode.OK, status));
        await AssertRateLimitedAsync(refused);
    }

    [Fact]
    public async Task One_users_limit_does_not_block_another_user_at_the_same_address()
    {
        await SendManyAsync(SmallRateLimitHost.PerMinute, () => Request("/graphql", token: Token("rate-user-b"), from: "192.0.2.20"));
        using var sameUser = await SendAsync(Request("/graphql", token: Token("rate-user-b"), from: "192.0.2.20"));
        using var otherUser = await SendAsync(Request("/graphql", token: Token("rate-user-c"), from: "192.0.2.20"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameUser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_are_limited_per_address_and_verify_transcript_counts()
    {
        var verify = "{ verifyTranscript(code: \"ABCD-EFGH-JKLM\") { valid } }";

        var answered = await SendManyAsync(SmallRateLimitHost.PerMinute, () => Request("/graphql", verify, from: "203.0.113.10"));
        using var sameAddress = await SendAsync(Request("/graphql", verify, from: "203.0.113.10"));
        using var otherAddress = await SendAsync(Request("/graphql", verify, from: "203.0.113.11"));

        Assert.All(answered, status => Assert.Equal(HttpStatusCode.OK, status));
        await AssertRateLimitedAsync(sameAddress);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
        Assert.False((await GraphQLResponse.ReadAsync(otherAddress)).Data["verifyTranscript"]!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_signed_in_user_is_not_counted_against_the_anonymous_callers_of_their_address()
    {
        await SendManyAsync(SmallRateLimitHost.PerMinute + 1, () => Request("/graphql", from: "203.0.113.30"));

        using var signedIn = await SendAsync(Request("/graphql", token: Token("rate-user-d"), from: "203.0.113.30"));

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
    }

    [Theory]
    [InlineData("/reports/registrations.csv", "203.0.113.40")]
    [InlineData("/transcripts/ABCDEFGHJKLM.pdf", "203.0.113.41")]
    public async Task Downloads_are_limited_like_graphql(string path, string address)
    {
        var answered = await SendManyAsync(SmallRateLimitHost.PerMinute, () => Request(path, method: HttpMethods.Get, from: address));
        using var refused = await SendAsync(Request(path, method: HttpMethods.Get, from: address));

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, answered);
        await AssertRateLimitedAsync(refused);
    }

    [Fact]
    public async Task Development_tokens_have_a_tighter_limit_of_their_own()
    {
        var issued = await SendManyAsync(2, () => Request("/dev/token", body: "{\"user\":\"ladokadm\"}", from: "203.0.113.50"));
        // The third request from the address: within the anonymous limit (3), over the development tokens' (2).
        using var refused = await SendAsync(Request("/dev/token", body: "{\"user\":\"ladokadm\"}", from: "203.0.113.50"));

        Assert.All(issued, status => Assert.Equal(HttpStatusCode.OK, status));
        await AssertRateLimitedAsync(refused);
    }

    [Fact]
    public async Task Health_checks_are_not_limited()
    {
        await SendManyAsync(SmallRateLimitHost.PerMinute + 1, () => Request("/graphql", from: "203.0.113.60"));

        var health = await SendManyAsync(SmallRateLimitHost.PerMinute + 1, () => Request("/health/live", method: HttpMethods.Get, from: "203.0.113.60"));

        Assert.All(health, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Behind_the_known_load_balancer_each_forwarded_client_has_its_own_window()
    {
        await SendManyAsync(SmallRateLimitHost.PerMinute, () => Request("/graphql", from: SmallRateLimitHost.LoadBalancer, forwardedFor: "198.51.100.1"));
        using var sameClient = await SendAsync(Request("/graphql", from: SmallRateLimitHost.LoadBalancer, forwardedFor: "198.51.100.1"));
        using var otherClient = await SendAsync(Request("/graphql", from: SmallRateLimitHost.LoadBalancer, forwardedFor: "198.51.100.2"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameClient.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task X_forwarded_for_from_an_unknown_address_is_ignored()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= SmallRateLimitHost.PerMinute + 1; i++)
        {
            // A client naming a new address each time still shares the window of the address it connects from.
            using var response = await SendAsync(Request("/graphql", from: "10.0.0.6", forwardedFor: $"198.51.100.{100 + i}"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task An_ipv6_client_is_counted_by_its_64_bit_prefix()
    {
        await SendManyAsync(SmallRateLimitHost.PerMinute, () => Request("/graphql", from: "2001:db8:1:2::1"));
        using var sameNetwork = await SendAsync(Request("/graphql", from: "2001:db8:1:2:ffff::9"));
        using var otherNetwork = await SendAsync(Request("/graphql", from: "2001:db8:1:3::1"));

        Assert.Equal(HttpStatusCode.TooManyRequests, sameNetwork.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherNetwork.StatusCode);
    }

    private static async Task AssertRateLimitedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("RATE_LIMITED", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("TOO_MANY_REQUESTS", error["extensions"]!["reason"]!.GetValue<string>());
        Assert.Contains("försök igen om", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    private async Task<List<HttpStatusCode>> SendManyAsync(int count, Func<Action<HttpContext>> request)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var response = await SendAsync(request());
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    /// <summary>Through the test server, so that the connection's remote address can be set as a real server would see it.</summary>
    private async Task<HttpResponseMessage> SendAsync(Action<HttpContext> configure)
    {
        var context = await host.Server.SendAsync(configure);
        var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode)
        {
            Content = new StreamContent(context.Response.Body),
        };
        foreach (var (name, values) in context.Response.Headers)
        {
            if (!response.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values)) response.Content.Headers.TryAddWithoutValidation(
                name, (IEnumerable<string?>)values);
        }
        return response;
    }

    private static Action<HttpContext> Request(
        string path, string query = PublicQuery, string? token = null, string? from = null, string? forwardedFor = null, string method = "POST",
        string? body = null) =>
        http =>
        {
            http.Request.Method = method;
            http.Request.Path = path;
            if (from is not null) http.Connection.RemoteIpAddress = IPAddress.Parse(from);
            if (forwardedFor is not null) http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            if (token is not null) http.Request.Headers.Authorization = "Bearer " + token;
            if (method == HttpMethods.Post)
            {
                var bytes = Encoding.UTF8.GetBytes(body ?? JsonSerializer.Serialize(new { query }));
                http.Request.ContentType = "application/json";
                http.Request.ContentLength = bytes.Length;
                http.Request.Body = new MemoryStream(bytes);
                // As a server says of a request with a Content-Length; the test server's default says no body, which minimal APIs believe.
                http.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
            }
        };

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }

    /// <summary>A development token as /dev/token makes it (the Umeå profile's user id claim is <c>sub</c>).</summary>
    private string Token(string user) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "ladok-development",
            Audience = "ladok",
            Subject = new ClaimsIdentity([new Claim("sub", user)]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(host.Services.GetRequiredService<IConfiguration>()["Authentication:DevelopmentSigningKey"]!)),
                SecurityAlgorithms.HmacSha256),
        });
}
