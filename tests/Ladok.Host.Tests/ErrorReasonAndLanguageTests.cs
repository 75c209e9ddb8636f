using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Errors a UI can use, through /graphql on the seeded Umeå data: each error has its reason next to its code, its message is
/// Swedish unless Accept-Language asks for English, for refusals in payloads and for request-level errors alike, and a
/// refused root field is null alone while the other aliases answer.
/// </summary>
public sealed class ErrorReasonAndLanguageTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Admin = "ladokadm";
    private const string FirstAndLast = "{ courses(first: 1, last: 1) { totalCount } }";

    [Fact]
    public async Task A_refused_alias_is_null_with_its_error_while_the_other_alias_answers()
    {
        var response = await host.PostAsync("{ a: courses(first: 1) { totalCount } b: courses(first: 1, last: 1) { totalCount } }", user: Admin);

        Assert.Equal(200, response.Status);
        Assert.True(response.Data["a"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Null(response.Data["b"]);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal(["b"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(("VALIDATION", "FIRST_AND_LAST"), Extensions(error));
    }

    [Theory]
    [InlineData(null, "Ange `first` eller `last`, inte båda.")]
    [InlineData("sv-SE", "Ange `first` eller `last`, inte båda.")]
    [InlineData("de-DE", "Ange `first` eller `last`, inte båda.")]
    [InlineData("en", "Give `first` or `last`, not both.")]
    [InlineData("en-GB", "Give `first` or `last`, not both.")]
    [InlineData("en-US,sv;q=0.5", "Give `first` or `last`, not both.")]
    public async Task A_query_error_is_in_Swedish_unless_Accept_Language_asks_for_English(string? language, string message)
    {
        var response = await host.PostAsync(FirstAndLast, user: Admin, language: language);

        var error = Assert.Single(response.Errors)!;
        Assert.Equal(("VALIDATION", "FIRST_AND_LAST"), Extensions(error));
        Assert.Equal(message, error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "Kontrollsiffran i '811218-9875' är 5, men Luhn-kontrollen av 811218987 ger 6.")]
    [InlineData("en", "The check digit of '811218-9875' is 5, but the Luhn check of 811218987 gives 6.")]
    public async Task A_refused_personnummer_has_its_reason_and_its_message_in_the_callers_language(string? language, string message)
    {
        var payload = await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = "811218-9875", firstName = "Fel", lastName = "Nummer" }, "stadmdv", language);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "IDENTITY_NUMBER_CHECK_DIGIT"), (error["code"]!.GetValue<string>(), error["reason"]!.GetValue<string>()));
        Assert.Equal(message, error["message"]!.GetValue<string>());
        Assert.Null(payload["student"]);
    }

    [Theory]
    [InlineData(null, "Du är inte inloggad, eller så har din inloggning gått ut. Logga in och försök igen.")]
    [InlineData("en", "You are not signed in, or your sign-in has expired. Sign in and try again.")]
    public async Task Sign_in_needed_is_said_in_the_callers_language(string? language, string message)
    {
        var response = await host.PostAsync("{ courses(first: 1) { totalCount } }", language: language);

        Assert.Equal(401, response.Status);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal(("UNAUTHENTICATED", "UNAUTHENTICATED"), Extensions(error));
        Assert.Equal("`courses`: " + message, error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "`permissionApplications`: ingen av dina behörigheter omfattar permissions.decide.")]
    [InlineData("en", "`permissionApplications`: none of your permissions allows permissions.decide.")]
    public async Task A_missing_permission_is_said_in_the_callers_language(string? language, string start)
    {
        var response = await host.PostAsync("{ permissionApplications(first: 1) { totalCount } }", user: "stadmdv", language: language);

        Assert.Equal(403, response.Status);
        var error = Assert.Single(response.Errors)!;
        Assert.Equal(("FORBIDDEN", "PERMISSION_MISSING"), Extensions(error));
        Assert.StartsWith(start, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Dokumentet är för djupt nästlat")]
    [InlineData("en", "The document is nested too deeply")]
    public async Task A_document_too_complex_is_said_in_the_callers_language(string? language, string start)
    {
        var deep = "{ " + string.Concat(Enumerable.Repeat("a { ", 3_000)) + "b" + string.Concat(Enumerable.Repeat(" }", 3_000)) + " }";

        var response = await host.PostAsync(deep, language: language);

        var error = Assert.Single(response.Errors)!;
        Assert.Equal(("DOCUMENT_TOO_COMPLEX", "DOCUMENT_TOO_DEEP"), Extensions(error));
        Assert.StartsWith(start, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Du är inte inloggad")]
    [InlineData("en", "You are not signed in")]
    public async Task A_refused_download_is_said_in_the_callers_language(string? language, string start)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/reports/scb-term.csv?period=HT2025");
        if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(401, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(("UNAUTHENTICATED", "UNAUTHENTICATED"), Extensions(error));
        Assert.StartsWith(start, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "'5D' är ingen kurskod: använd sex bokstäver (A–Z) och siffror, minst en av varje, till exempel 5DV001.")]
    [InlineData("en", "'5D' is not a course code: use six letters (A–Z) and digits with at least one of each, for example 5DV001.")]
    public async Task A_catalogue_refusal_has_its_reason_and_its_message_in_the_callers_language(string? language, string message)
    {
        // A misspelt term is refused by the Term scalar before the Catalogue sees it; a course code is the Catalogue's own rule.
        var payload = await host.MutateAsync("createCourse", "course { id }",
            new { code = "5D", nameSv = "Namn", nameEn = "Name", organisationUnitCode = "DV", level = "FIRST_CYCLE" }, Admin, language);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "INVALID_COURSE_CODE"), (error["code"]!.GetValue<string>(), error["reason"]!.GetValue<string>()));
        Assert.Equal(message, error["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "Förnamnet måste anges.")]
    [InlineData("en", "The first name is required.")]
    public async Task A_records_refusal_names_what_is_missing_in_the_callers_language(string? language, string message)
    {
        var payload = await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = "811218-9876", firstName = " ", lastName = "Namnlös" }, "stadmdv", language);

        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "REQUIRED"), (error["code"]!.GetValue<string>(), error["reason"]!.GetValue<string>()));
        Assert.Equal(message, error["message"]!.GetValue<string>());
        Assert.Null(payload["student"]);
    }

    [Theory]
    [InlineData(null, "`years` tar 1 till")]
    [InlineData("en", "`years` takes 1 to")]
    public async Task A_reporting_refusal_has_its_reason_and_its_message_in_the_callers_language(string? language, string start)
    {
        var response = await host.PostAsync("{ fullTimeEquivalents(years: []) { __typename } }", user: Admin, language: language);

        var error = Assert.Single(response.Errors)!;
        Assert.Equal(("VALIDATION", "INVALID_YEARS"), Extensions(error));
        Assert.StartsWith(start, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Innehållet är inte giltig JSON: ")]
    [InlineData("en", "The body is not valid JSON: ")]
    public async Task A_body_that_is_not_json_is_refused_in_the_callers_language(string? language, string start)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        if (language is not null) request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        using var response = await host.Http.SendAsync(request);

        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(("BAD_REQUEST", "BODY_NOT_JSON"), Extensions(error));
        Assert.StartsWith(start, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Fältet finns inte på typen: ")]
    [InlineData("en", "")]
    public async Task A_field_not_in_the_schema_is_said_in_Swedish_with_GraphQL_NETs_detail(string? language, string start)
    {
        var response = await host.PostAsync("{ courses(first: 1) { nodes { nme } } }", user: Admin, language: language);

        var error = Assert.Single(response.Errors)!;
        Assert.Equal(("INVALID_DOCUMENT", "INVALID_DOCUMENT"), Extensions(error));
        var message = error["message"]!.GetValue<string>();
        Assert.StartsWith(start, message, StringComparison.Ordinal);
        Assert.Contains("'nme'", message, StringComparison.Ordinal);
        Assert.Equal(language is null, message.StartsWith("Fältet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "Ett värde i `variables` passar inte variabelns typ: ")]
    [InlineData("en", "A value in `variables` does not fit its variable's type: ")]
    public async Task A_variable_of_the_wrong_type_has_its_reason_in_the_callers_language(string? language, string start)
    {
        var response = await host.PostAsync("query($n: Int) { courses(first: $n) { totalCount } }", new { n = "many" }, Admin, language);

        var error = Assert.Single(response.Errors)!;
        Assert.Equal(("INVALID_DOCUMENT", "INVALID_VARIABLE"), Extensions(error));
        Assert.StartsWith(start, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static (string Code, string Reason) Extensions(JsonNode error) =>
        (error["extensions"]!["code"]!.GetValue<string>(), error["extensions"]!["reason"]!.GetValue<string>());
}
