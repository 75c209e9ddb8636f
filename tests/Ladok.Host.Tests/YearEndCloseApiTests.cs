using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary><c>closeReportingYear</c> and a closed year's <c>fullTimeEquivalents</c> through /graphql (ADR 0019).</summary>
public sealed class YearEndCloseApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Figures = """
        { fullTimeEquivalents(year: 2025) { hst hpr closed closedAt corrections { reason hst hpr educationalAreas { area hst hpr } } } }
        """;

    [Fact]
    public async Task An_administrator_closes_a_year_once_and_its_figures_answer_as_closed()
    {
        var open = Assert.Single((await host.PostAsync(Figures, user: "ladokadm")).Data["fullTimeEquivalents"]!.AsArray())!;

        var closed = await host.MutateAsync("closeReportingYear", "closedYear { year closedAt closedBy }", new { year = 2025 }, "ladokadm");
        var again = await host.MutateAsync("closeReportingYear", "closedYear { year }", new { year = 2025 }, "ladokadm");
        var frozen = Assert.Single((await host.PostAsync(Figures, user: "ladokadm")).Data["fullTimeEquivalents"]!.AsArray())!;

        Assert.Empty(closed["errors"]!.AsArray());
        Assert.Equal((2025, "ladokadm"), (closed["closedYear"]!["year"]!.GetValue<int>(), closed["closedYear"]!["closedBy"]!.GetValue<string>()));
        Assert.False(open["closed"]!.GetValue<bool>());
        // The same figures, now frozen, with nothing moved since.
        Assert.Equal(
            (open["hst"]!.GetValue<decimal>(), open["hpr"]!.GetValue<decimal>(), true, closed["closedYear"]!["closedAt"]!.GetValue<DateTimeOffset>()),
            (frozen["hst"]!.GetValue<decimal>(), frozen["hpr"]!.GetValue<decimal>(), frozen["closed"]!.GetValue<bool>(),
                frozen["closedAt"]!.GetValue<DateTimeOffset>()));
        Assert.Empty(frozen["corrections"]!.AsArray());
        Assert.Null(again["closedYear"]);
        var conflict = Assert.Single(again["errors"]!.AsArray())!;
        Assert.Equal(("CONFLICT", "[\"input\",\"year\"]"), (conflict["code"]!.GetValue<string>(), conflict["path"]!.ToJsonString()));
    }

    [Fact]
    public async Task The_current_year_cannot_be_closed_and_only_an_administrator_may_close()
    {
        var current = await host.MutateAsync("closeReportingYear", "closedYear { year }", new { year = DateTimeOffset.UtcNow.Year }, "ladokadm");
        var studyAdministrator = await host.PostAsync(
            LadokHost.MutationDocument("closeReportingYear", "closedYear { year } errors { code }"), new { input = new { year = 2024 } }, "stadmdv");

        Assert.Equal("VALIDATION", Assert.Single(current["errors"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.Equal(403, studyAdministrator.Status);
    }
}
