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
}

/// <summary>The default limits leave room for the pages front ends ask for.</summary>
public sealed class DefaultQueryLimitTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task A_page_of_100_courses_with_versions_and_modules_is_within_the_default_limits()
    {
        var response = await host.PostAsync("{ courses(first: 100) { nodes { code name credits versions { number credits modules { code name credits } } } } }", user: "ladokadm");

        Assert.Equal(200, response.Status);
        Assert.Equal(12, response.Data["courses"]!["nodes"]!.AsArray().Count);
    }
}
