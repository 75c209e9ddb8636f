using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Admissions, registration windows and self-registration through /graphql: the catalogue's administrator sets a window, a
/// study administrator admits, the demo student registers and withdraws themself; staff cannot use a student's mutations.
/// </summary>
public sealed class AdmissionsApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string StudyAdministrator = "stadmdv";

    [Fact]
    public async Task An_administrator_sets_a_window_a_study_administrator_admits_a_reserve_and_the_offering_lists_the_admission()
    {
        // 5DV003 HT2025 runs 1 September to 2 November 2025.
        var offeringId = await OfferingIdAsync("5DV003");
        var studentId = await StudentAsync("960303123");

        var window = await host.MutateAsync("setRegistrationWindow", "offering { registrationOpens registrationCloses }",
            new { offeringId, opens = "2025-08-01", closes = "2025-09-08" }, "ladokadm");
        var backwards = await host.MutateAsync("setRegistrationWindow", "offering { id }",
            new { offeringId, opens = "2025-08-10", closes = "2025-08-09" }, "ladokadm");
        var admitted = await host.MutateAsync("admitStudent", "admission { status reservePlace source student { id } offering { id } }",
            new { studentId, offeringId, status = "RESERVE", reservePlace = 2 }, StudyAdministrator);
        var withoutPlace = await host.MutateAsync(
            "admitStudent", "admission { status }", new { studentId, offeringId, status = "RESERVE" }, StudyAdministrator);

        Assert.Empty(window["errors"]!.AsArray());
        Assert.Equal(("2025-08-01", "2025-09-08"),
            (window["offering"]!["registrationOpens"]!.GetValue<string>(), window["offering"]!["registrationCloses"]!.GetValue<string>()));
        Assert.Equal(("REGISTRATION_WINDOW_BACKWARDS", "[\"input\",\"closes\"]"), ReasonAndPath(backwards));
        Assert.Empty(admitted["errors"]!.AsArray());
        Assert.Equal(("RESERVE", 2, "LOCAL", studentId, offeringId), (
            admitted["admission"]!["status"]!.GetValue<string>(), admitted["admission"]!["reservePlace"]!.GetValue<int>(),
            admitted["admission"]!["source"]!.GetValue<string>(), admitted["admission"]!["student"]!["id"]!.GetValue<string>(),
            admitted["admission"]!["offering"]!["id"]!.GetValue<string>()));
        Assert.Equal(("RESERVE_PLACE_MISSING", "[\"input\",\"reservePlace\"]"), ReasonAndPath(withoutPlace));

        var listed = await host.PostAsync("query($id: ID!) { node(id: $id) { ... on CourseOffering { admissions { status student { id } } } } }",
            new { id = offeringId }, StudyAdministrator);
        Assert.Contains(listed.Data["node"]!["admissions"]!.AsArray(),
            a => a!["student"]!["id"]!.GetValue<string>() == studentId && a["status"]!.GetValue<string>() == "RESERVE");
    }

    [Fact]
    public async Task Staff_asking_to_register_or_withdraw_themselves_are_refused_as_not_a_student_and_nothing_is_stored()
    {
        var offeringId = await OfferingIdAsync("5DV003");
        var before = await host.ScalarAsync<long>("SELECT count(*) FROM records.registrations");

        var registered = await host.MutateAsync("registerMyself", "registration { id }", new { offeringId }, StudyAdministrator, "en");
        var withdrawn = await host.MutateAsync("withdrawMyself", "registration { id }", new { offeringId }, StudyAdministrator);

        Assert.Equal(("NOT_A_STUDENT", "FORBIDDEN"), (Single(registered)["reason"]!.GetValue<string>(), Single(registered)["code"]!.GetValue<string>()));
        Assert.StartsWith("You are not signed in as a student", Single(registered)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("NOT_A_STUDENT", Single(withdrawn)["reason"]!.GetValue<string>());
        Assert.Equal(before, await host.ScalarAsync<long>("SELECT count(*) FROM records.registrations"));
    }

    [Fact]
    public async Task An_admitted_student_registers_themself_inside_the_window_once_and_withdraws_before_the_start_and_others_are_refused()
    {
        // A new offering of 5DV003 starting in the next term's teaching, its window open today (the host runs on the real clock).
        var today = DateOnly.FromDateTime(DateTime.Now);
        var term = Kernel.Periods.Term.TeachingAt(today).Next;
        var start = term.TeachingStart;
        var offeringId = await NewOfferingAsync("5DV003", term, start, start.AddDays(60));
        var window = await host.MutateAsync("setRegistrationWindow", "offering { id }",
            new { offeringId, opens = Iso(today.AddDays(-7)), closes = Iso(start.AddDays(14)) }, "ladokadm");
        Assert.Empty(window["errors"]!.AsArray());
        var stud01 = await StudentIdOfAsync("stud01");
        Assert.Empty((await host.MutateAsync("admitStudent", "admission { status }",
            new { studentId = stud01, offeringId, status = "ADMITTED" }, StudyAdministrator))["errors"]!.AsArray());

        var registered = await host.MutateAsync("registerMyself", "registration { id kind term student { id } }", new { offeringId }, "stud01");
        var twice = await host.MutateAsync("registerMyself", "registration { id }", new { offeringId }, "stud01", "en");
        var notAdmitted = await host.MutateAsync("registerMyself", "registration { id }", new { offeringId }, "stud02");
        var withdrawn = await host.MutateAsync("withdrawMyself", "registration { withdrawnOn }", new { offeringId }, "stud01");

        Assert.Empty(registered["errors"]!.AsArray());
        Assert.Equal(("FIRST_TIME", term.ToString(), stud01), (registered["registration"]!["kind"]!.GetValue<string>(),
            registered["registration"]!["term"]!.GetValue<string>(), registered["registration"]!["student"]!["id"]!.GetValue<string>()));
        Assert.Equal(("ALREADY_REGISTERED", "[\"input\",\"offeringId\"]"), ReasonAndPath(twice));
        Assert.StartsWith($"The student is already registered on 5DV003 {term} (", Single(twice)["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("NOT_ADMITTED", Single(notAdmitted)["reason"]!.GetValue<string>());
        Assert.Empty(withdrawn["errors"]!.AsArray());
        Assert.Equal(Iso(today), withdrawn["registration"]!["withdrawnOn"]!.GetValue<string>());
        var registrationId = GlobalIdOf(registered["registration"]!["id"]!.GetValue<string>());
        Assert.Equal(1L, await host.ScalarAsync<long>(
            $"SELECT count(*) FROM records.outbox_messages WHERE type = 'records.registration-recorded' AND payload->>'registrationId' = '{registrationId}'"));
        Assert.Equal(1L, await host.ScalarAsync<long>(
            $"SELECT count(*) FROM records.registrations WHERE offering_id = '{GlobalIdOf(offeringId)}'"));
    }

    private async Task<string> NewOfferingAsync(string courseCode, Kernel.Periods.Term term, DateOnly start, DateOnly end)
    {
        var course = await host.PostAsync("query($c: String!) { course(code: $c) { versions { id } } }", new { c = courseCode }, "ladokadm");
        var versionId = course.Data["course"]!["versions"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var created = await host.MutateAsync("createOffering", "offering { id }",
            new { courseVersionId = versionId, code = "30009", term = term.ToString(), startDate = Iso(start), endDate = Iso(end) }, "ladokadm");
        Assert.Empty(created["errors"]!.AsArray());
        return created["offering"]!["id"]!.GetValue<string>();
    }

    private async Task<string> StudentIdOfAsync(string user) =>
        (await host.PostAsync("{ me { student { id } } }", user: user)).Data["me"]!["student"]!["id"]!.GetValue<string>();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Guid GlobalIdOf(string id) => Kernel.GraphQL.Relay.GlobalId.TryParse(id, out var parsed) ? parsed.Value.Id : throw new ArgumentException(id);

    private async Task<string> StudentAsync(string nineDigits) =>
        (await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal(nineDigits), firstName = "Antagen", lastName = "Student" }, StudyAdministrator))
        ["student"]!["id"]!.GetValue<string>();

    private async Task<string> OfferingIdAsync(string courseCode)
    {
        var response = await host.PostAsync("query($c: String!) { offering(courseCode: $c, term: \"HT2025\") { id } }", new { c = courseCode }, "ladokadm");
        return response.Data["offering"]!["id"]!.GetValue<string>();
    }

    private static JsonNode Single(JsonNode payload) => payload["errors"]!.AsArray().Single()!;

    private static (string, string) ReasonAndPath(JsonNode payload) =>
        (Single(payload)["reason"]!.GetValue<string>(), Single(payload)["path"]!.ToJsonString());
}
