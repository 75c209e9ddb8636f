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
        // 5DV004 HT2025 runs 3 November 2025 to 18 January 2026: 11 study weeks, 8 of them in 2025 (ADR 0020).
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

        // 7.5 × 8/11 ÷ 60 = 0.0909 HST in 2025 (by study weeks, ADR 0020); the 3 hp module 0002 ÷ 60 = 0.05 HPR in 2025, the year
        // it was examined, though decided this year (ADR 0019).
        var after = await WaitForAsync("5DV004", 2025, f => f.Hst > before.Hst && f.Hpr > before.Hpr);
        Assert.InRange(after.Hst - before.Hst, 0.090m, 0.092m);
        Assert.Equal(0.05m, after.Hpr - before.Hpr);
        Assert.Equal(thisYear, decidedIn);
        Assert.Equal(beforeThisYear.Hpr, (await FiguresAsync("5DV004", thisYear)).Hpr);
    }

    [Fact]
    public async Task The_demo_university_shows_two_terms_with_and_without_FO_a_waiting_credit_transfer_and_contract_education()
    {
        // 5DV005's offering 10004 runs from HT2025 to June 2026: one student continued (FO) into VT2026, another did not.
        const string twoTerms = """
            SELECT count(*) FROM (
                SELECT r.student_id, bool_or(r.kind = 'Continuation') AS continued
                FROM records.registrations r JOIN catalogue.offerings o ON o.id = r.offering_id
                JOIN catalogue.course_versions v ON v.id = o.course_version_id JOIN catalogue.courses c ON c.id = v.course_id
                WHERE c.code = '5DV005' AND o.code = '10004' AND r.withdrawn_on IS NULL GROUP BY r.student_id) s
            """;
        Assert.True(await host.ScalarAsync<long>(twoTerms + " WHERE s.continued") > 0);
        Assert.True(await host.ScalarAsync<long>(twoTerms + " WHERE NOT s.continued") > 0);
        // A credit transfer (tillgodoräknande) waiting for its attestant.
        Assert.True(await host.ScalarAsync<long>("SELECT count(*) FROM records.results WHERE origin = 'CreditTransfer' AND status = 'Ready'") > 0);
        // Contract education (uppdragsutbildning) with registrations, which the funded figures leave out.
        Assert.True(await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.registrations r JOIN catalogue.offerings o ON o.id = r.offering_id
            JOIN catalogue.course_versions v ON v.id = o.course_version_id JOIN catalogue.courses c ON c.id = v.course_id
            WHERE c.financing_form = 'ContractEducation'
            """) > 0);
        Assert.Equal(0m, (await FiguresAsync("5FY001", 2025, "ladokadm")).Hst);
    }

    [Fact]
    public async Task A_change_of_a_courses_funding_reaches_the_figures_through_the_outbox()
    {
        var course = (await host.PostAsync("{ course(code: \"5MA003\") { id version } }", user: "ladokadm")).Data["course"]!;
        var before = await FiguresAsync("5MA003", 2025, "ladokadm");
        Assert.True(before.Hst > 0);

        var refused = await host.MutateAsync("changeCourseFunding", "course { id }", new
        {
            courseId = course["id"]!.GetValue<string>(), financingForm = "ORDINARY",
            educationalAreas = new[] { new { area = "NATURAL_SCIENCES", share = 0.5m }, new { area = "TECHNOLOGY", share = 0.25m } },
        }, "ladokadm");
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "input.educationalAreas"), (error["code"]!.GetValue<string>(),
            string.Join('.', error["path"]!.AsArray().Select(p => p!.ToString()))));

        var changed = await host.MutateAsync("changeCourseFunding", "course { financingForm version }", new
        {
            courseId = course["id"]!.GetValue<string>(), financingForm = "ORDINARY", version = course["version"]!.GetValue<string>(),
            educationalAreas = new[] { new { area = "NATURAL_SCIENCES", share = 0.5m }, new { area = "TECHNOLOGY", share = 0.5m } },
        }, "ladokadm");
        Assert.Empty(changed["errors"]!.AsArray());

        // Half of the course's HST in each area, as soon as Reporting has the Catalogue's event.
        var split = await Eventually.Async(() => AreasAsync("5MA003", 2025), areas => areas.Count == 2,
            areas => $"the areas of 5MA003 to follow the change (they are {string.Join(", ", areas)})", TimeSpan.FromSeconds(20));
        Assert.Equal(["NaturalSciences", "Technology"], split.Select(a => a.Area));
        Assert.All(split, a => Assert.InRange(a.Hst, before.Hst / 2 - 0.001m, before.Hst / 2 + 0.001m));

        await host.MutateAsync("changeCourseFunding", "course { id }", new
        {
            courseId = course["id"]!.GetValue<string>(), financingForm = "CONTRACT_EDUCATION",
            educationalAreas = new[] { new { area = "NATURAL_SCIENCES", share = 1m } },
        }, "ladokadm");
        Assert.Equal(0m, (await Eventually.Async(() => FiguresAsync("5MA003", 2025, "ladokadm"), f => f.Hst == 0,
            f => $"contract education to leave the funded figures (they are {f})", TimeSpan.FromSeconds(20))).Hst);
    }

    private async Task<List<(string Area, decimal Hst)>> AreasAsync(string courseCode, int year)
    {
        var response = await host.PostAsync("""
            query($code: String!, $year: Int!) { fullTimeEquivalents(year: $year, courseCode: $code) { educationalAreas { area hst } } }
            """, new { code = courseCode, year }, "ladokadm");
        Assert.Empty(response.Errors);
        return [.. Assert.Single(response.Data["fullTimeEquivalents"]!.AsArray())!["educationalAreas"]!.AsArray()
            .Select(a => (a!["area"]!.GetValue<string>(), a["hst"]!.GetValue<decimal>()))];
    }

    /// <summary>The dispatcher runs after commit, in the background; wait for it rather than for a fixed time.</summary>
    private Task<(decimal Hst, decimal Hpr)> WaitForAsync(string courseCode, int year, Func<(decimal Hst, decimal Hpr), bool> arrived) =>
        Eventually.Async(() => FiguresAsync(courseCode, year), arrived, figures => $"the figures of {courseCode} in {year} to change (they are {figures})",
            TimeSpan.FromSeconds(20));

    private async Task<(decimal Hst, decimal Hpr)> FiguresAsync(string courseCode, int year, string user = "prefdv")
    {
        var response = await host.PostAsync(Figures, new { code = courseCode, year }, user);
        Assert.Empty(response.Errors);
        var row = Assert.Single(response.Data["fullTimeEquivalents"]!.AsArray())!;
        return (row["hst"]!.GetValue<decimal>(), row["hpr"]!.GetValue<decimal>());
    }

    private static object Ref(System.Text.Json.Nodes.JsonNode result) =>
        new { id = result["id"]!.GetValue<string>(), version = result["version"]!.GetValue<string>() };
}
