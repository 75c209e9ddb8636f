using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>Study breaks, dropouts and the participation state through /graphql, as a study administrator records them.</summary>
public sealed class ParticipationApiTests(LadokHost host) : IClassFixture<LadokHost>
{
    private const string StudyAdministrator = "stadmdv";

    [Fact]
    public async Task A_break_and_a_dropout_are_recorded_and_the_offering_lists_the_student_among_its_dropouts()
    {
        // 5DV003 HT2025 runs 1 September to 2 November 2025.
        var offeringId = await OfferingIdAsync("5DV003");
        var registrationId = await RegisteredAsync("970101123", offeringId);

        var onBreak = await host.MutateAsync("recordStudyBreak", "studyBreak { from to reason } registration { state }",
            new { registrationId, from = "2025-09-15", to = "2025-09-30", reason = "Illness" }, StudyAdministrator);
        var overlapping = await host.MutateAsync("recordStudyBreak", "studyBreak { from }",
            new { registrationId, from = "2025-09-20", to = "2025-10-05", reason = "Again" }, StudyAdministrator);
        var dropout = await host.MutateAsync("recordDropout", "registration { state dropout { date early recordedBy } }",
            new { registrationId, date = "2025-10-20", reason = "Moved abroad" }, StudyAdministrator);
        var twice = await host.MutateAsync("recordDropout", "registration { state }", new { registrationId, date = "2025-10-21" }, StudyAdministrator);

        Assert.Empty(onBreak["errors"]!.AsArray());
        Assert.Equal("VALIDATION", Code(overlapping));
        Assert.Equal(1L, await host.ScalarAsync<long>($"SELECT count(*) FROM records.study_breaks WHERE registration_id = '{GlobalIdOf(registrationId)}'"));
        Assert.Empty(dropout["errors"]!.AsArray());
        Assert.Equal(("DROPOUT", "2025-10-20", false, StudyAdministrator), (
            dropout["registration"]!["state"]!.GetValue<string>(), dropout["registration"]!["dropout"]!["date"]!.GetValue<string>(),
            dropout["registration"]!["dropout"]!["early"]!.GetValue<bool>(), dropout["registration"]!["dropout"]!["recordedBy"]!.GetValue<string>()));
        Assert.Equal("INVALID_STATE", Code(twice));

        var dropouts = await host.PostAsync("""
            query($id: ID!) { node(id: $id) { ... on CourseOffering { participants(first: 500,
                state: DROPOUT) { totalCount nodes { registration { id } state } } } } }
            """, new { id = offeringId }, StudyAdministrator);
        var nodes = dropouts.Data["node"]!["participants"]!["nodes"]!.AsArray();
        Assert.Contains(registrationId, nodes.Select(n => n!["registration"]!["id"]!.GetValue<string>()));
        Assert.All(nodes, n => Assert.Equal("DROPOUT", n!["state"]!.GetValue<string>()));
        Assert.Equal(nodes.Count, dropouts.Data["node"]!["participants"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(1L, await host.ScalarAsync<long>(
            $"SELECT count(*) FROM records.outbox_messages WHERE type = 'records.dropout-recorded' AND payload->>'registrationId' = " +
            $"'{GlobalIdOf(registrationId)}'"));
    }

    [Fact]
    public async Task A_dropout_within_three_weeks_of_the_start_with_no_exam_is_early()
    {
        var registrationId = await RegisteredAsync("970102123", await OfferingIdAsync("5DV003"));

        var dropout = await host.MutateAsync(
            "recordDropout", "registration { dropout { early } }", new { registrationId, date = "2025-09-10" }, StudyAdministrator);

        Assert.True(dropout["registration"]!["dropout"]!["early"]!.GetValue<bool>());
    }

    private async Task<string> RegisteredAsync(string nineDigits, string offeringId)
    {
        var student = (await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal(nineDigits), firstName = "Break", lastName = "Student" }, StudyAdministrator))["student"]!;
        var registered = await host.MutateAsync(
            "registerStudent", "registration { id }", new { studentId = student["id"]!.GetValue<string>(), offeringId }, StudyAdministrator);
        return registered["registration"]!["id"]!.GetValue<string>();
    }

    private async Task<string> OfferingIdAsync(string courseCode)
    {
        var response = await host.PostAsync("query($c: String!) { offering(courseCode: $c, term: \"HT2025\") { id } }", new { c = courseCode }, "ladokadm");
        return response.Data["offering"]!["id"]!.GetValue<string>();
    }

    private static string Code(JsonNode payload) => payload["errors"]!.AsArray().Select(e => e!["code"]!.GetValue<string>()).Single();

    private static Guid GlobalIdOf(string id) => Kernel.GraphQL.Relay.GlobalId.TryParse(id, out var parsed) ? parsed.Value.Id : throw new ArgumentException(id);
}
