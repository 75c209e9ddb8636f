using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Contracts;
using Ladok.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ladok.Host.Tests;

/// <summary>
/// A signed-in person is a student when the token carries the claim the university's profile names (at Umeå the personnummer in
/// <c>personalIdentityNumber</c>); the host, never the token, sets which student. Observed through <c>me.student</c>.
/// </summary>
public sealed class StudentSignInTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string MyStudent = "{ me { student { id identityNumber } } }";

    [Fact]
    public async Task A_demo_student_token_signs_in_as_that_student()
    {
        var stud01 = await DemoStudentAsync(1);
        var stud02 = await DemoStudentAsync(2);

        var first = await host.PostAsync(MyStudent, user: "stud01");
        var second = await host.PostAsync(MyStudent, user: "stud02");

        Assert.Equal(GlobalId.Encode("Student", stud01.StudentId), first.Data["me"]!["student"]!["id"]!.GetValue<string>());
        Assert.Equal(stud01.IdentityNumber, first.Data["me"]!["student"]!["identityNumber"]!.GetValue<string>());
        Assert.Equal(GlobalId.Encode("Student", stud02.StudentId), second.Data["me"]!["student"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_with_the_personnummer_claim_signs_in_as_the_student_with_that_number()
    {
        var stud03 = await DemoStudentAsync(3);
        var tenDigits = stud03.IdentityNumber[2..8] + "-" + stud03.IdentityNumber[8..];

        var response = await PostWithTokenAsync(MyStudent, new Claim("sub", "someone"), new Claim("personalIdentityNumber", tenDigits));

        Assert.Equal(GlobalId.Encode("Student", stud03.StudentId), response.Data["me"]!["student"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_student_claim_that_arrives_in_the_token_is_not_believed()
    {
        var stud01 = await DemoStudentAsync(1);

        var response = await PostWithTokenAsync(
            MyStudent, new Claim("sub", "intruder"), new Claim(CallerIdentity.StudentIdClaim, stud01.StudentId.ToString()));

        Assert.Equal(200, response.Status);
        Assert.Null(response.Data["me"]!["student"]);
    }

    [Fact]
    public async Task A_personnummer_nobody_in_the_register_has_makes_no_student()
    {
        var response = await PostWithTokenAsync(MyStudent, new Claim("sub", "visitor"), new Claim("personalIdentityNumber", "198112189876"));

        Assert.Equal(200, response.Status);
        Assert.Null(response.Data["me"]!["student"]);
    }

    [Theory]
    [InlineData("ladokadm")]
    [InlineData("lararedv")]
    public async Task Staff_have_no_student(string user)
    {
        var response = await host.PostAsync(MyStudent, user: user);

        Assert.Equal(200, response.Status);
        Assert.Null(response.Data["me"]!["student"]);
    }

    private async Task<SignedInStudent> DemoStudentAsync(int number) =>
        await host.Services.GetRequiredService<IStudentSignIn>().FindByPrincipalNameAsync(DemoStudents.PrincipalName("UMU", number), default)
        ?? throw new InvalidOperationException($"The demo seed has no {DemoStudents.UserId(number)}.");

    /// <summary>Signs a token with the development key, as an identity provider would sign one with these claims.</summary>
    private async Task<GraphQLResponse> PostWithTokenAsync(string query, params Claim[] claims)
    {
        var key = host.Services.GetRequiredService<IConfiguration>()["Authentication:DevelopmentSigningKey"]!;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "ladok-development",
            Audience = "ladok",
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        return await GraphQLResponse.ReadAsync(await host.Http.SendAsync(request));
    }
}
