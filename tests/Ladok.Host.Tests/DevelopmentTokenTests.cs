using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>A host outside Development, given the development signing key anyway.</summary>
public abstract class HostWithDevelopmentKey : LadokHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Authentication:DevelopmentSigningKey"] = "ladok-development-only-signing-key-never-use-in-production-0123456789",
    };
}

public sealed class ProductionHostWithDevelopmentKey : HostWithDevelopmentKey
{
    protected override string Environment => "Production";
}

public sealed class StagingHostWithDevelopmentKey : HostWithDevelopmentKey
{
    protected override string Environment => "Staging";
}

/// <summary>/dev/token exists in Development only: a configured key does not bring it back elsewhere.</summary>
public sealed class ProductionDevelopmentTokenTests(ProductionHostWithDevelopmentKey host) : IClassFixture<ProductionHostWithDevelopmentKey>
{
    [Fact]
    public async Task A_production_host_answers_404_at_dev_token_even_with_a_development_key() =>
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.PostAsJsonAsync("/dev/token", new { user = "ladokadm" })).StatusCode);
}

/// <inheritdoc cref="ProductionDevelopmentTokenTests"/>
public sealed class StagingDevelopmentTokenTests(StagingHostWithDevelopmentKey host) : IClassFixture<StagingHostWithDevelopmentKey>
{
    [Fact]
    public async Task A_staging_host_answers_404_at_dev_token_even_with_a_development_key() =>
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.PostAsJsonAsync("/dev/token", new { user = "ladokadm" })).StatusCode);
}

public sealed class KestrelHost : LadokHost
{
    protected override bool OnKestrel => true;
}

/// <summary>
/// On Kestrel, as deployed: /dev/token reads a user id, and a body over 1 KiB is refused with 413 before it is read (no token
/// is issued); /graphql raises the 64 KiB default for itself.
/// </summary>
public sealed class RequestBodyLimitTests(KestrelHost host) : IClassFixture<KestrelHost>
{
    private static readonly string Oversized = "{\"user\":\"ladokadm\",\"padding\":\"" + new string('x', 4096) + "\"}";

    [Fact]
    public async Task An_oversized_body_to_dev_token_is_refused_with_413()
    {
        using var response = await host.Http.PostAsync("/dev/token", new StringContent(Oversized, Encoding.UTF8, "application/json"));
        using var small = await host.Http.PostAsJsonAsync("/dev/token", new { user = "ladokadm" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain("token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_to_dev_token_without_a_length_is_refused_with_413()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Oversized)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/dev/token") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Graphql_accepts_a_body_over_the_default_limit_within_its_own()
    {
        var body = JsonSerializer.Serialize(new { query = "{ university { code } }", variables = new { padding = new string('x', 200 * 1024) } });

        using var response = await host.Http.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
