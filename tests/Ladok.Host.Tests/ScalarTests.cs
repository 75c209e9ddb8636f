using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// The scalars under their documented names: <c>Date</c> and <c>DateTime</c> in ISO 8601, and <c>Term</c> and
/// <c>PersonalIdentityNumber</c>, which refuse a malformed value when the document or variables are read, before anything runs.
/// </summary>
public sealed class ScalarTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Admin = "ladokadm";

    [Fact]
    public async Task A_term_is_read_in_any_case_and_written_upper_case()
    {
        var response = await host.PostAsync("query($t: Term!) { offering(courseCode: \"5DV002\", term: $t) { term startDate } }", new { t = "ht2025" }, Admin);

        Assert.Empty(response.Errors);
        Assert.Equal("HT2025", response.Data["offering"]!["term"]!.GetValue<string>());
        Assert.Matches(@"^2025-\d\d-\d\d$", response.Data["offering"]!["startDate"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("HT25")]
    [InlineData("ST2025")]
    [InlineData("HT1850")]
    public async Task A_malformed_term_in_a_variable_is_refused_before_anything_runs(string term)
    {
        var response = await host.PostAsync("query($t: Term!) { courses(first: 1, term: $t) { totalCount } }", new { t = term }, Admin, language: "en");

        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
        Assert.Equal("INVALID_VARIABLE", response.Errors[0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Contains(term, response.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(response.Body!["data"]);
    }

    [Fact]
    public async Task A_malformed_term_written_in_the_document_is_refused_as_an_invalid_document()
    {
        var response = await host.PostAsync("{ courses(first: 1, term: \"HT27\") { totalCount } }", user: Admin);

        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
        Assert.Null(response.Body!["data"]);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("8112189876123")]
    [InlineData("811318-9876")]
    [InlineData("81121-89876")]
    public async Task An_identity_number_of_the_wrong_shape_is_refused_when_read_and_nothing_is_stored(string number)
    {
        var response = await host.PostAsync(
            "mutation($input: CreateStudentInput!) { createStudent(input: $input) { student { id } errors { code } } }",
            new { input = new { identityNumber = number, firstName = "Fel", lastName = "Form" } }, "stadmdv", language: "en");

        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
        Assert.Equal("INVALID_VARIABLE", response.Errors[0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Null(response.Body!["data"]);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM records.students WHERE last_name = 'Form'"));
    }

    [Theory]
    [InlineData("811218-9876")]
    [InlineData("198112189876")]
    [InlineData("19900101-T123")]
    [InlineData("811278-9876")]
    public async Task Every_usual_written_form_passes_the_scalar_to_the_rules(string number)
    {
        // An unknown number is no error: the scalar let it through, and the lookup found no one.
        var response = await host.PostAsync("query($n: PersonalIdentityNumber!) { student(identityNumber: $n) { id } }", new { n = number }, "stadmdv");

        Assert.DoesNotContain("INVALID_DOCUMENT", response.ErrorCodes);
    }

    [Fact]
    public async Task A_day_that_does_not_exist_is_refused_by_the_Date_scalar()
    {
        var response = await host.PostAsync(
            "mutation($d: Date!) { recordDropout(input: { registrationId: \"x\", date: $d }) { errors { code } } }", new { d = "2026-02-30" }, Admin);

        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
    }

    [Fact]
    public async Task The_schema_names_its_scalars_for_the_API_not_for_NET()
    {
        var response = await host.PostAsync("{ __schema { types { name kind description } } }", user: Admin);

        var scalars = response.Data["__schema"]!["types"]!.AsArray()
            .Where(t => t!["kind"]!.GetValue<string>() == "SCALAR")
            .ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>());
        Assert.Superset(new HashSet<string> { "Date", "DateTime", "Decimal", "Term", "PersonalIdentityNumber" }, scalars.Keys.ToHashSet());
        Assert.DoesNotContain("DateOnly", scalars.Keys);
        Assert.DoesNotContain("DateTimeOffset", scalars.Keys);
        Assert.All(new[] { "Date", "DateTime", "Term", "PersonalIdentityNumber" }, name => Assert.False(string.IsNullOrWhiteSpace(scalars[name])));
    }

    [Fact]
    public async Task Every_field_and_argument_named_for_a_term_is_a_Term()
    {
        var response = await host.PostAsync(
            "{ __schema { types { name fields { name type { ...T } args { name type { ...T } } } inputFields { name type { ...T } } } } } "
            + "fragment T on __Type { name ofType { name ofType { name ofType { name } } } }", user: Admin);

        static string Named(JsonNode type) => type["name"]?.GetValue<string>() ?? Named(type["ofType"]!);
        static bool ForATerm(string name) => name == "term" || name.EndsWith("Term", StringComparison.Ordinal);
        var misnamed = new List<string>();
        foreach (var type in response.Data["__schema"]!["types"]!.AsArray())
        {
            var typeName = type!["name"]!.GetValue<string>();
            if (typeName.StartsWith("__", StringComparison.Ordinal)) continue;
            var fields = (type["fields"]?.AsArray() ?? []).Concat(type["inputFields"]?.AsArray() ?? []);
            foreach (var field in fields)
            {
                var fieldName = field!["name"]!.GetValue<string>();
                if (ForATerm(fieldName) && Named(field["type"]!) == "String") misnamed.Add($"{typeName}.{fieldName}");
                foreach (var argument in field["args"]?.AsArray() ?? [])
                {
                    if (ForATerm(argument!["name"]!.GetValue<string>()) && Named(argument["type"]!) == "String")
                        misnamed.Add($"{typeName}.{fieldName}({argument["name"]})");
                }
            }
        }

        Assert.Empty(misnamed);
    }
}
