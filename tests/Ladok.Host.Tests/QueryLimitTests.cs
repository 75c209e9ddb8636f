using Ladok.Testing;

namespace Ladok.Host.Tests;

public sealed class LowComplexityHost : LadokHost
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["GraphQL:MaxComplexity"] = "1000",
    };
}

/// <summary>The complexity limit comes from configuration and refuses a document before anything runs.</summary>
public sealed class QueryLimitTests(LowComplexityHost host) : IClassFixture<LowComplexityHost>
{
    [Fact]
    public async Task A_document_over_the_configured_complexity_is_refused_before_it_runs()
    {
        var small = await host.PostAsync("{ courses(first: 2) { nodes { code } } }", user: "ladokadm");
        var large = await host.PostAsync("{ courses(first: 100) { nodes { code versions { modules { code credits } } } } }", user: "ladokadm");

        Assert.Equal(200, small.Status);
        Assert.Equal(400, large.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], large.ErrorCodes);
        Assert.Null(large.Body!["data"]);
    }

    [Fact]
    public async Task A_page_size_in_a_variable_counts_as_a_literal_one_does()
    {
        // Per course: nodes 1, code 1, versions 1 + 20 × number 1 = 23; 2 courses score 47, 100 score 2,301.
        const string document = "query($n: Int) { courses(first: $n) { nodes { code versions { number } } } }";

        var small = await host.PostAsync(document, new { n = 2 }, user: "ladokadm");
        var large = await host.PostAsync(document, new { n = 100 }, user: "ladokadm", language: "en");

        Assert.Equal(200, small.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], large.ErrorCodes);
        Assert.Contains("complexity", large.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_fragment_counts_once_for_each_time_it_is_spread()
    {
        // One spread scores 221: courses 1, then per course (10) nodes 1 and versions 1 + 20 (a list without a page size) × number 1.
        // Three spreads score 663, within 1,000; eight (and a field of 2) score 1,770.
        const string fragment = "fragment C on Query { courses(first: 10) { nodes { versions { number } } } }";

        var three = await host.PostAsync("{ ...C ...C ...C } " + fragment, user: "ladokadm");
        var eight = await host.PostAsync(
            "{ a: courses(first: 1) { totalCount } ...D } fragment D on Query { ...C ...C ...C ...C ...C ...C ...C ...C } " + fragment,
            user: "ladokadm", language: "en");

        Assert.Equal(200, three.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], eight.ErrorCodes);
        Assert.Contains("complexity", eight.Errors[0]!["message"]!.GetValue<string>());
    }
}

/// <summary>The default limits leave room for the pages front ends ask for, and give anonymous callers less.</summary>
public sealed class DefaultQueryLimitTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task A_page_of_100_courses_with_versions_and_modules_is_within_the_default_limits()
    {
        var response = await host.PostAsync(
            "{ courses(first: 100) { nodes { code name credits versions { number credits modules { code name credits } } } } }", user: "ladokadm");

        Assert.Equal(200, response.Status);
        Assert.Equal(12, response.Data["courses"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_anonymous_caller_gets_a_smaller_budget_than_a_signed_in_one()
    {
        // 1,001 fields: within the signed-in 2,000, over the anonymous 500.
        var document = "{ university { " + string.Concat(Enumerable.Repeat("code ", 1_000)) + "} }";

        var anonymous = await host.PostAsync(document, language: "en");
        var signedIn = await host.PostAsync(document, user: "ladokadm");

        Assert.Equal(400, anonymous.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], anonymous.ErrorCodes);
        Assert.Contains("1,001 fields", anonymous.Errors[0]!["message"]!.GetValue<string>());
        Assert.Contains("without signing in", anonymous.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(200, signedIn.Status);
        Assert.Equal("UMU", signedIn.Data["university"]!["code"]!.GetValue<string>());
    }
}
