using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>HST and HPR through /graphql, fed by the Records module's events through the outbox as the running host does it.</summary>
public sealed class ReportingApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string Figures = """
        query($code: String!, $year: Int!) { fullTimeEquivalents(year: $year, courseCode: $code) { hst hpr } }
        """;

    [Fact]
    public async Task A_registration_and_an_attested_result_reach_the_figures_through_the_outbox()
    {
        // 5DV004 HT2025 runs 3 November 2025 to 18 January 2026: 77 days, 59 of them in 2025.
        var before = await FiguresAsync("5DV004", 2025);
        var thisYear = DateTimeOffset.UtcNow.Year;
        var beforeThisYear = await FiguresAsync("5DV004", thisYear);
        var offering = await host.PostAsync("{ offering(courseCode: \"5DV004\", term: \"HT2025\") { id } }", user: "ladokadm");
        var student = (await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal("980505123"), firstName = "Figures", lastName = "Student" }, "stadmdv"))["student"]!;
        var registration = (await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = student["id"]!.GetValue<string>(), offeringId = offering.Data["offering"]!["id"]!.GetValue<string>() }, "stadmdv"))[
                "registration"]!;
        var draft = (await host.MutateAsync("reportResult", "result { id version }",
            new { registrationId = registration["id"]!.GetValue<string>(), moduleCode = "0002", grade = "G", examinationDate = "2025-11-20" },
            "lararedv"))["result"]!;
        var ready = (await host.MutateAsync("markResultsReady", "results { id version }",
            new { results = new[] { Ref(draft) }, examiners = new[] { "examdv" } }, "lararedv"))["results"]![0]!;
        var attested = await host.MutateAsync("attestResults", "results { decidedAt }", new { results = new[] { Ref(ready) } }, "examdv");
        var decidedIn = attested["results"]![0]!["decidedAt"]!.GetValue<DateTimeOffset>().Year;

        // 7.5 × 59/77 ÷ 60 = 0.0958 HST in 2025; the 3 hp module 0002 ÷ 60 = 0.05 HPR in 2025, the year it was examined, though
        // decided this year (ADR 0019).
        var after = await WaitForAsync("5DV004", 2025, f => f.Hst > before.Hst && f.Hpr > before.Hpr);
        Assert.InRange(after.Hst - before.Hst, 0.095m, 0.097m);
        Assert.Equal(0.05m, after.Hpr - before.Hpr);
        Assert.Equal(thisYear, decidedIn);
        Assert.Equal(beforeThisYear.Hpr, (await FiguresAsync("5DV004", thisYear)).Hpr);
    }

    /// <summary>The dispatcher runs after commit, in the background; wait for it rather than for a fixed time.</summary>
    private Task<(decimal Hst, decimal Hpr)> WaitForAsync(string courseCode, int year, Func<(decimal Hst, decimal Hpr), bool> arrived) =>
        Eventually.Async(() => FiguresAsync(courseCode, year), arrived, figures => $"the figures of {courseCode} in {year} to change (they are {figures})",
            TimeSpan.FromSeconds(20));

    private async Task<(decimal Hst, decimal Hpr)> FiguresAsync(string courseCode, int year)
    {
        var response = await host.PostAsync(Figures, new { code = courseCode, year }, "prefdv");
        Assert.Empty(response.Errors);
        var row = Assert.Single(response.Data["fullTimeEquivalents"]!.AsArray())!;
        return (row["hst"]!.GetValue<decimal>(), row["hpr"]!.GetValue<decimal>());
    }

    private static object Ref(System.Text.Json.Nodes.JsonNode result) =>
        new { id = result["id"]!.GetValue<string>(), version = result["version"]!.GetValue<string>() };
}
