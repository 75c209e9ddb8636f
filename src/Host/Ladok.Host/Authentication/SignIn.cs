using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Ladok.Host.Http;
using Ladok.Modules.Records.Contracts;
using Ladok.Plugins.Sdk;
using Microsoft.IdentityModel.Tokens;

namespace Ladok.Host.Authentication;

/// <summary>
/// Bearer tokens: from the university's OpenID Connect provider (<c>Authentication:Authority</c>
/// and <c>Audience</c>), or in Development only, from <c>POST /dev/token</c>, signed with
/// <c>Authentication:DevelopmentSigningKey</c>. There is no default key outside Development.
/// </summary>
internal static class SignIn
{
    public const string DevelopmentIssuer = "ladok-development";
    public const string DevelopmentAudience = "ladok";

    public static void AddLadokAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        // Configured from the final configuration (after test hosts and environment variables have had their say).
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration, IHostEnvironment, IUniversityProfile>((options, configuration, environment, university) =>
                Configure(options, configuration, environment, university.UserIdClaim));
        services.AddAuthorization();
        services.AddTransient<Microsoft.AspNetCore.Authentication.IClaimsTransformation, StudentClaims>();
    }

    private static void Configure(JwtBearerOptions options, IConfiguration configuration, IHostEnvironment environment, string userIdClaim)
    {
        var authority = configuration["Authentication:Authority"];
        var audience = configuration["Authentication:Audience"];
        var developmentKey = DevelopmentKey(configuration, environment);

        options.MapInboundClaims = false;
        if (!string.IsNullOrWhiteSpace(authority))
        {
            options.Authority = authority;
            options.Audience = audience;
        }
        else if (developmentKey is not null)
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = DevelopmentIssuer,
                ValidAudience = DevelopmentAudience,
                IssuerSigningKey = developmentKey,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        }
        else
        {
            // No identity provider configured: every token is refused, and only public fields answer.
            options.TokenValidationParameters = new TokenValidationParameters { IssuerSigningKeys = [] };
        }

        // The university's plugin says which claim holds the user id (at Umeå, the Umu-id).
        options.TokenValidationParameters.NameClaimType = userIdClaim;
    }

    /// <summary>A request for a development token is a user id in a few bytes of JSON.</summary>
    private const long DevelopmentTokenRequestBytes = 1024;

    /// <summary>
    /// <c>POST /dev/token {"user":"stadmdv"}</c>: a signed token for a demo user (a demo student's, <c>stud01</c> …, also carries
    /// the university's student claim). Mapped only in Development with a key; elsewhere the route does not exist (404). Its own,
    /// tighter rate limit and a body of at most 1 KiB.
    /// </summary>
    public static void MapDevelopmentTokens(this WebApplication app)
    {
        var key = DevelopmentKey(app.Configuration, app.Environment);
        if (key is null) return;

        app.MapPost("/dev/token", async (DevTokenRequest request, TimeProvider clock, IUniversityProfile university, IStudentSignIn students,
            CancellationToken cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(request.User) || request.User.Length > 64)
            {
                return Results.BadRequest(new { error = "Give the demo user's id: {\"user\": \"stadmdv\"}." });
            }

            var user = request.User.Trim();
            var claims = new[] { JwtRegisteredClaimNames.Sub, university.UserIdClaim }.Distinct().Select(claim => new Claim(claim, user)).ToList();
            if (await DemoStudentClaimAsync(user, university, students, cancellationToken) is { } studentClaim) claims.Add(studentClaim);
            var now = clock.GetUtcNow().UtcDateTime;
            var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = DevelopmentIssuer,
                Audience = DevelopmentAudience,
                Subject = new ClaimsIdentity(claims),
                NotBefore = now,
                IssuedAt = now,
                Expires = now.AddHours(8),
                SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            });
            return Results.Ok(new { token, user, expires = now.AddHours(8) });
        })
        .RequireRateLimiting(RateLimits.DevelopmentTokenPolicy)
        .WithMaxBodyBytes(DevelopmentTokenRequestBytes);
    }

    /// <summary>
    /// For a demo student (<c>stud01</c> … <c>stud05</c>, <see cref="DemoStudents"/>): the claim the university's profile names, as its
    /// identity provider would send it (the personnummer, or the principal name). Null for anyone else, or when the demo student
    /// is not in the database.
    /// </summary>
    private static async Task<Claim?> DemoStudentClaimAsync(
        string user, IUniversityProfile university, IStudentSignIn students, CancellationToken cancellationToken)
    {
        if (university.StudentIdentity is not { } identity) return null;
        var number = Enumerable.Range(1, DemoStudents.Count).FirstOrDefault(n => DemoStudents.UserId(n) == user);
        if (number == 0) return null;
        var student = await students.FindByPrincipalNameAsync(DemoStudents.PrincipalName(university.Code, number), cancellationToken);
        if (student is null) return null;
        return new Claim(identity.ClaimType, identity.Carries == StudentIdentifier.PersonalIdentityNumber ? student.IdentityNumber : student.PrincipalName!);
    }

    /// <summary>Whether <c>/dev/token</c> signs tokens the host accepts: Development, a key, and no identity provider (which wins).</summary>
    public static bool DevelopmentTokensEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        DevelopmentKey(configuration, environment) is not null && string.IsNullOrWhiteSpace(configuration["Authentication:Authority"]);

    private static SymmetricSecurityKey? DevelopmentKey(IConfiguration configuration, IHostEnvironment environment) =>
        environment.IsDevelopment() && configuration["Authentication:DevelopmentSigningKey"] is { Length: >= 32 } secret
            ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret))
            : null;

    private sealed record DevTokenRequest(string? User);
}
