using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ladok.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Two hosts on one PostgreSQL, as behind a load balancer: each serves what the other wrote, both dispatch the
/// outbox, and every integration event takes effect once (HST/HPR against figures worked out here by hand).
/// </summary>
public sealed class TwoHostsTests(LadokHost first) : IClassFixture<LadokHost>
{
    private const int Students = 8;
    private const string Figures = "query($year: Int!) { fullTimeEquivalents(year: $year, courseCode: \"5DV004\") { hst hpr } }";

    [Fact]
    public async Task Two_hosts_share_the_data_and_each_event_of_their_workload_takes_effect_exactly_once()
    {
        await using var second = SecondHost();
        var hosts = new[] { first.Http, second.CreateClient() };
        var tokens = new Dictionary<(int Host, string User), string>();
        foreach (var host in new[] { 0, 1 })
        {
            foreach (var user in new[] { "ladokadm", "stadmdv", "lararedv", "examdv", "prefdv" })
            {
                tokens[(host, user)] = await TokenAsync(hosts[host], user);
            }
        }
        Task<GraphQLResponse> On(int host, string user, string query, object variables) =>
            DatabaseFaultTests.PostAsync(hosts[host], tokens[(host, user)], query, variables);

        var thisYear = DateTimeOffset.UtcNow.Year;
        var before = await FiguresAsync(On, 2025);
        var offering = (await On(1, "ladokadm", "{ offering(courseCode: \"5DV004\", term: \"HT2025\") { id } }", new { }))
            .Data["offering"]!["id"]!.GetValue<string>();

        // Each student's steps alternate between the hosts, so both write, and both dispatch what the other wrote.
        var decided = new List<int>();
        for (var i = 0; i < Students; i++)
        {
            var (a, b) = (i % 2, 1 - i % 2);
            var number = IdentityNumbers.Personal("9707" + (10 + i).ToString(CultureInfo.InvariantCulture) + "123");
            var student = Payload(await On(a, "stadmdv", LadokHost.MutationDocument("createStudent", "student { id } errors { code }"),
                new { input = new { identityNumber = number, firstName = "Two", lastName = "Hosts" } }), "createStudent")["student"]!;
            var registration = Payload(await On(b, "stadmdv", LadokHost.MutationDocument("registerStudent", "registration { id } errors { code }"),
                new { input = new { studentId = Id(student), offeringId = offering } }), "registerStudent")["registration"]!;
            var draft = Payload(await On(a, "lararedv", LadokHost.MutationDocument("reportResult", "result { id version } errors { code }"),
                new { input = new { registrationId = Id(registration), moduleCode = "0002", grade = "G", examinationDate = "2025-11-20" } }),
                "reportResult")["result"]!;
            var ready = Payload(await On(b, "lararedv", LadokHost.MutationDocument("markResultsReady", "results { id version } errors { code }"),
                new { input = new { results = new[] { Ref(draft) }, examiners = new[] { "examdv" } } }), "markResultsReady")["results"]![0]!;
            var attested = Payload(await On(a, "examdv", LadokHost.MutationDocument("attestResults", "results { decidedAt } errors { code }"),
                new { input = new { results = new[] { Ref(ready) } } }), "attestResults");
            decided.Add(attested["results"]![0]!["decidedAt"]!.GetValue<DateTimeOffset>().Year);
        }
        Assert.All(decided, year => Assert.Equal(thisYear, year));

        // By hand: 5DV004 HT2025 runs 3 November 2025 to 18 January 2026, 11 study weeks, 8 of them in 2025 (ADR 0020), so
        // each FFG registration adds 7.5 hp × 8/11 ÷ 60 HST to 2025; each attested G on module 0002 (3 hp) adds 3 ÷ 60 HPR
        // to 2025, the year it was examined, though decided this year (ADR 0019). Figures are rounded to 3 decimals, so a
        // difference of two is within 0.001.
        var expectedHst = before.Hst + Students * 7.5m * 8 / 11 / 60;
        var expectedHpr = before.Hpr + Students * 3m / 60;
        await Eventually.Async(async () => await UndeliveredAsync() == 0, "the outbox to be delivered");
        var after = await FiguresAsync(On, 2025);
        Assert.InRange(after.Hst, expectedHst - 0.001m, expectedHst + 0.001m);
        Assert.InRange(after.Hpr, expectedHpr - 0.001m, expectedHpr + 0.001m);

        // Each of the workload's events was delivered once to each of its subscribers, at the first attempt.
        Assert.Equal(Students, await DeliveredOnceAsync("records.registration-recorded", "reporting.registrations"));
        Assert.Equal(Students, await DeliveredOnceAsync("records.result-attested", "reporting.results-attested"));
        // And each host sees what the other wrote.
        var seen = await On(1, "stadmdv", "query($n: PersonalIdentityNumber!) { student(identityNumber: $n) { id } }", new { n = IdentityNumbers.Personal("970710123") });
        Assert.NotNull(seen.Data["student"]);
    }

    private WebApplicationFactory<Program> SecondHost() => new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Ladok", first.ConnectionString);
        builder.UseSetting("Plugins:Directory", RepositoryPaths.Plugins);
        builder.UseSetting("University:Code", "UMU");
    });

    private static async Task<string> TokenAsync(HttpClient http, string user)
    {
        using var response = await http.PostAsync("/dev/token", JsonContent.Create(new { user }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    private static async Task<(decimal Hst, decimal Hpr)> FiguresAsync(Func<int, string, string, object, Task<GraphQLResponse>> on, int year)
    {
        var response = await on(0, "prefdv", Figures, new { year });
        Assert.Empty(response.Errors);
        var row = Assert.Single(response.Data["fullTimeEquivalents"]!.AsArray())!;
        return (row["hst"]!.GetValue<decimal>(), row["hpr"]!.GetValue<decimal>());
    }

    private Task<long> UndeliveredAsync() => first.ScalarAsync<long>("SELECT count(*) FROM records.outbox_messages WHERE dispatched_at IS NULL");

    /// <summary>The workload's events of one type delivered to the subscriber exactly once, at the first attempt.</summary>
    private Task<long> DeliveredOnceAsync(string type, string subscriber) => first.ScalarAsync<long>($"""
        SELECT count(*) FROM records.outbox_messages m JOIN records.outbox_deliveries d ON d.message_id = m.id
        WHERE m.type = '{type}' AND d.subscriber = '{subscriber}' AND d.delivered_at IS NOT NULL AND d.attempts = 1
          AND m.payload->>'studentId' IN (SELECT id::text FROM records.students WHERE first_name = 'Two' AND last_name = 'Hosts')
        """);

    private static JsonNode Payload(GraphQLResponse response, string mutation)
    {
        Assert.True(response.Status == 200 && response.Errors.Count == 0, response.Body?.ToJsonString());
        var payload = response.Data[mutation]!;
        Assert.Empty(payload["errors"]!.AsArray());
        return payload;
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static object Ref(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };
}
