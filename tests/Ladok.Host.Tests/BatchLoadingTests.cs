using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>Nested lists load through the batch loaders: the SQL count does not grow with the page size.</summary>
public sealed class BatchLoadingTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Nested = """
        query($first: Int) { courses(first: $first) { totalCount nodes { code credits organisationUnit { code parent { code } }
          versions { number gradingScale { code } modules { code gradingScale { code } }
            offerings { offeringCode organisationUnit { code } courseVersion { number } } } } } }
        """;

    [Fact]
    public async Task A_nested_list_query_makes_a_fixed_number_of_sql_round_trips()
    {
        _ = await host.PostAsync(Nested, new { first = 1 }, "ladokadm"); // warm up: the first request compiles queries

        var small = await RoundTripsAsync(2);
        var large = await RoundTripsAsync(12);

        // At most one query per loader per level: count and page; versions (with modules) and units; parents, scales
        // and offerings; scales of modules, units and versions of offerings. Loads of one loader from two levels may
        // share a batch, so the count can be lower, never higher, and it does not grow with the page: an N+1 would
        // make more than 12 queries for 12 courses.
        Assert.InRange(small, 2, 10);
        Assert.InRange(large, 2, 10);
    }

    [Fact]
    public async Task Both_training_fields_of_me_share_one_reading()
    {
        const string One = "{ me { missingTrainings { training { code } } } }";
        const string Both = "{ me { completedTrainings { code } missingTrainings { training { code } } } }";
        _ = await host.PostAsync(Both, user: "stadmdv"); // warm up

        var one = await CountAsync(One);
        var both = await CountAsync(Both);

        Assert.Equal(one, both);
    }

    private async Task<int> CountAsync(string document)
    {
        using var trips = new SqlRoundTrips(host.DatabaseName);
        Assert.Equal(200, (await host.PostAsync(document, user: "stadmdv")).Status);
        return trips.Count;
    }

    private async Task<int> RoundTripsAsync(int first)
    {
        using var trips = new SqlRoundTrips(host.DatabaseName);
        var response = await host.PostAsync(Nested, new { first }, "ladokadm");
        Assert.Equal(200, response.Status);
        Assert.Equal(first, response.Data["courses"]!["nodes"]!.AsArray().Count);
        return trips.Count;
    }
}
