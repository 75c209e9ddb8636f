using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>/graphql follows the GraphQL-over-HTTP spec and answers bad requests with typed errors.</summary>
public sealed class GraphQLOverHttpTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string PublicQuery = "{ university { code } }";

    [Fact]
    public async Task Post_answers_with_graphql_response_json()
    {
        var response = await host.PostAsync(PublicQuery);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType);
        Assert.Equal("UMU", response.Data["university"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_runs_a_query()
    {
        var response = await GraphQLResponse.ReadAsync(await host.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString(PublicQuery)));

        Assert.Equal(200, response.Status);
        Assert.Equal("UMU", response.Data["university"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_refuses_a_mutation_with_405()
    {
        var mutation = "mutation { createCourse(input: {code: \"5DV999\", nameSv: \"x\", nameEn: \"x\", organisationUnitCode: \"DV\", level: " +
            "FIRST_CYCLE}) { errors { code } } }";

        var response = await GraphQLResponse.ReadAsync(await host.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation)));

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Message.Content.Headers.Allow.Single());
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.courses WHERE code = '5DV999'"));
    }

    [Fact]
    public async Task Accept_application_json_gets_application_json()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json($$"""{"query": "{{PublicQuery}}"}""") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var response = await GraphQLResponse.ReadAsync(await host.Http.SendAsync(request));

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
    }

    [Fact]
    public async Task A_request_without_an_accept_header_is_answered_as_application_json()
    {
        var response = await PostAcceptingAsync(null, $$"""{"query": "{{PublicQuery}}"}""");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("UMU", response.Data["university"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("application/json", """{"query": "{ university { code "}""", "INVALID_DOCUMENT")]
    [InlineData(null, """{"query": "{ university { rector } }"}""", "INVALID_DOCUMENT")]
    [InlineData("application/json", """{"query": "query($c: String!) { verifyTranscript(code: $c) { valid } }", "variables": {"c": 42}}""",
        "INVALID_DOCUMENT")]
    [InlineData("application/json", """{"query": "{ courses(first: 1) { totalCount } }"}""", "UNAUTHENTICATED")]
    public async Task Under_application_json_a_document_refused_before_it_runs_is_answered_200_with_errors(
        string? accept, string body, string code)
    {
        // GraphQL over HTTP (6.4.1): under application/json a well-formed request gets 200 whatever its GraphQL errors.
        var response = await PostAcceptingAsync(accept, body);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Contains(code, response.ErrorCodes);
        Assert.Null(response.Body!["data"]);
    }

    [Fact]
    public async Task Under_application_json_a_request_that_is_not_well_formed_keeps_its_400()
    {
        var response = await PostAcceptingAsync("application/json", """{"variables": {}}""");

        Assert.Equal(400, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_accept_header_without_json_gets_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json($$"""{"query": "{{PublicQuery}}"}""") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));

        var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_content_gets_415()
    {
        var response = await GraphQLResponse.ReadAsync(await host.Http.PostAsync("/graphql", new StringContent(PublicQuery, Encoding.UTF8, "text/plain")));

        Assert.Equal(415, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Broken_json_gets_400_bad_request()
    {
        var response = await GraphQLResponse.ReadAsync(await host.Http.PostAsync("/graphql", Json("{\"query\": \"{ university { code } }\"")));

        Assert.Equal(400, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_gets_400_invalid_document()
    {
        var response = await host.PostAsync("{ university { code ");

        Assert.Equal(400, response.Status);
        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
        Assert.Null(response.Body!["data"]);
    }

    [Fact]
    public async Task A_field_the_schema_lacks_gets_400_invalid_document()
    {
        var response = await host.PostAsync("{ university { rector } }");

        Assert.Equal(400, response.Status);
        Assert.Contains("INVALID_DOCUMENT", response.ErrorCodes);
    }

    [Fact]
    public async Task A_document_nested_50_levels_deep_is_refused()
    {
        var nested = string.Concat(Enumerable.Repeat("parent { ", 50)) + "code" + new string('}', 50);
        var response = await host.PostAsync($"{{ organisationUnits {{ {nested} }} }}", user: "ladokadm");

        Assert.Equal(400, response.Status);
        Assert.Equal("DOCUMENT_TOO_COMPLEX", response.ErrorCodes.Single());
    }

    [Fact]
    public async Task A_one_megabyte_document_is_refused()
    {
        var huge = "{ university { code } }" + new string(' ', 1024 * 1024);

        var response = await host.PostAsync(huge);

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_request_without_a_query_gets_400()
    {
        var response = await GraphQLResponse.ReadAsync(await host.Http.PostAsync("/graphql", Json("{\"variables\": {}}")));

        Assert.Equal(400, response.Status);
        Assert.Equal(["BAD_REQUEST"], response.ErrorCodes);
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        var response = await host.Http.PutAsync("/graphql", Json($$"""{"query": "{{PublicQuery}}"}"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_gets_graphiql_served_by_the_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var page = await host.Http.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        var script = await host.Http.GetAsync("/graphiql/graphiql.min.js");

        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/graphiql/graphiql.min.js", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/graphiql/appsettings.json")).StatusCode);
    }

    [Fact]
    public async Task Errors_inside_a_field_are_typed_and_the_rest_answers()
    {
        // The number has the shape of a personnummer, so the scalar lets it through; the rule finds no 30 February.
        var response = await host.PostAsync("{ university { code } student(identityNumber: \"19810230-1234\") { id } }", user: "stadmdv", language: "en");

        Assert.Equal(200, response.Status);
        Assert.Equal("UMU", response.Data["university"]!["code"]!.GetValue<string>());
        Assert.Null(response.Data["student"]);
        Assert.Equal(["VALIDATION"], response.ErrorCodes);
        Assert.Equal("student", response.Errors[0]!["path"]![0]!.GetValue<string>());
        Assert.Contains("February 1981", response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/health/live")).StatusCode);
        var ready = await host.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<GraphQLResponse> PostAcceptingAsync(string? accept, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await GraphQLResponse.ReadAsync(await host.Http.SendAsync(request));
    }
}
