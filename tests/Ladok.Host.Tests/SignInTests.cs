using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Ladok.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ladok.Host.Tests;

/// <summary>Without a token only public fields answer; bad tokens are refused with 401, never answered as anonymous.</summary>
public sealed class SignInTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string CoursesQuery = "{ courses(first: 1) { totalCount } }";

    [Fact]
    public async Task Without_a_token_the_public_fields_answer()
    {
        var response = await host.PostAsync("{ university { code name supportEmail } gradingScales { code } }");

        Assert.Equal(200, response.Status);
        Assert.Equal("Umeå universitet", response.Data["university"]!["name"]!.GetValue<string>());
        Assert.Equal(4, response.Data["gradingScales"]!.AsArray().Count);
    }

    [Fact]
    public async Task Without_a_token_other_fields_get_401_unauthenticated()
    {
        var response = await host.PostAsync(CoursesQuery);

        Assert.Equal(401, response.Status);
        Assert.Equal("Bearer", response.Message.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Null(response.Body!["data"]);
    }

    [Fact]
    public async Task A_development_token_signs_in()
    {
        var response = await host.PostAsync(CoursesQuery, user: "ladokadm");

        Assert.Equal(200, response.Status);
        Assert.Equal(12, response.Data["courses"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("expired")]
    [InlineData("wrong-audience")]
    public async Task A_refused_token_gets_401_even_for_public_fields(string kind)
    {
        var key = host.Services.GetRequiredService<IConfiguration>()["Authentication:DevelopmentSigningKey"]!;
        var token = kind switch
        {
            "forged" => Token(new string('x', 64), "ladok", DateTime.UtcNow.AddHours(1)),
            "expired" => Token(key, "ladok", DateTime.UtcNow.AddHours(-1)),
            _ => Token(key, "someone-else", DateTime.UtcNow.AddHours(1)),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ university { code } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await GraphQLResponse.ReadAsync(await host.Http.SendAsync(request));

        Assert.Equal(401, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        if (kind == "expired") Assert.Contains("expired", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static string Token(string key, string audience, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "ladok-development",
            Audience = audience,
            Subject = new ClaimsIdentity([new Claim("sub", "ladokadm")]),
            NotBefore = expires.AddHours(-2),
            IssuedAt = expires.AddHours(-2),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
}

public sealed class ProductionHost : LadokHost
{
    protected override string Environment => "Production";
}

/// <summary>Outside Development there are no development tokens and no default signing key.</summary>
public sealed class ProductionSignInTests(ProductionHost host) : IClassFixture<ProductionHost>
{
    [Fact]
    public async Task Development_tokens_are_not_issued_in_production()
    {
        var response = await host.Http.PostAsJsonAsync("/dev/token", new { user = "ladokadm" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_the_development_key_is_refused_in_production()
    {
        var developmentKey = "ladok-development-only-signing-key-never-use-in-production-0123456789";
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "ladok-development",
            Audience = "ladok",
            Subject = new ClaimsIdentity([new Claim("sub", "ladokadm")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(developmentKey)), SecurityAlgorithms.HmacSha256),
        });
        using var request = new HttpRequestMessage(
            HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ courses(first: 1) { totalCount } }" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd("en");

        var response = await GraphQLResponse.ReadAsync(await host.Http.SendAsync(request));

        Assert.Equal(401, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task Introspection_is_off_in_production()
    {
        var response = await host.PostAsync("{ __schema { queryType { name } } }");

        Assert.Equal(403, response.Status);
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }
}
