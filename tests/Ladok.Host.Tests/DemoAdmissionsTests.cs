using System.Globalization;
using System.Text.Json.Nodes;
using Ladok.Kernel.Periods;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// The demo as a developer finds it on any day: its terms are fixed, so the courses also run in the coming term with their
/// registration windows open today, and the demo students hold the admissions that let them try every self-registration
/// obstacle (README lists them).
/// </summary>
public sealed class DemoAdmissionsTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string StudyAdministrator = "stadmdv";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task The_demo_students_are_admitted_to_the_coming_terms_offerings_open_today_and_register_themselves_by_their_admission()
    {
        var coming = Term.TeachingAt(Today).Next.ToString();
        var admissions = new List<JsonArray>();
        for (var n = 1; n <= 5; n++) admissions.Add(await AdmissionsAsync($"stud{n:00}"));
        JsonNode[] Open(int n) => admissions[n - 1].Where(a => a!["offering"]!["term"]!.GetValue<string>() == coming).Select(a => a!).ToArray();

        Assert.Equal(["ADMITTED", "ADMITTED"], Open(1).Select(Status));
        Assert.Equal(["ADMITTED"], Open(2).Select(Status));
        Assert.Equal(["CONDITIONALLY_ADMITTED"], Open(3).Select(Status));
        Assert.Equal(["RESERVE"], Open(4).Select(Status));
        Assert.Empty(Open(5));
        Assert.All(Enumerable.Range(1, 4).SelectMany(Open), a =>
        {
            Assert.True(Day(a["offering"]!["registrationOpens"]!) <= Today && Today <= Day(a["offering"]!["registrationCloses"]!), a.ToJsonString());
            Assert.True(Day(a["offering"]!["startDate"]!) > Today, a.ToJsonString());
        });
        // Each first registration they hold was admitted too, as the national admission system decided.
        Assert.All(admissions.Take(4), a => Assert.Contains(a, x => x!["offering"]!["term"]!.GetValue<string>() != coming));

        var registered = await host.MutateAsync("registerMyself", "registration { kind term }", new { offeringId = Id(Open(1)[0]) }, "stud01");
        var conditional = await host.MutateAsync("registerMyself", "registration { kind }", new { offeringId = Id(Open(3)[0]) }, "stud03");
        var reserve = await host.MutateAsync("registerMyself", "registration { kind }", new { offeringId = Id(Open(4)[0]) }, "stud04");
        var none = await host.MutateAsync("registerMyself", "registration { kind }", new { offeringId = Id(Open(1)[0]) }, "stud05");

        Assert.True(registered["errors"]!.AsArray().Count == 0, registered.ToJsonString());
        Assert.Equal(("FIRST_TIME", coming),
            (registered["registration"]!["kind"]!.GetValue<string>(), registered["registration"]!["term"]!.GetValue<string>()));
        Assert.Equal("ADMISSION_CONDITIONAL", Reason(conditional));
        Assert.Equal("NOT_ADMITTED", Reason(reserve));
        Assert.Equal("NOT_ADMITTED", Reason(none));
    }

    private async Task<JsonArray> AdmissionsAsync(string user)
    {
        var identityNumber = (await host.PostAsync("{ me { student { identityNumber } } }", user: user)).Data["me"]!["student"]!["identityNumber"]!
            .GetValue<string>();
        var student = await host.PostAsync("""
            query($n: PersonalIdentityNumber!) { student(identityNumber: $n) {
              admissions { status offering { id term startDate registrationOpens registrationCloses } } } }
            """, new { n = identityNumber }, StudyAdministrator);
        return student.Data["student"]!["admissions"]!.AsArray();
    }

    private static string Status(JsonNode admission) => admission["status"]!.GetValue<string>();

    private static string Id(JsonNode admission) => admission["offering"]!["id"]!.GetValue<string>();

    private static DateOnly Day(JsonNode date) => DateOnly.Parse(date.GetValue<string>(), CultureInfo.InvariantCulture);

    private static string Reason(JsonNode payload) => payload["errors"]!.AsArray().First()!["reason"]!.GetValue<string>();
}
