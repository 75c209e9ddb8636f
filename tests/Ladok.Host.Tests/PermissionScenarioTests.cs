using System.Globalization;
using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// A new employee's way to a permission, through /graphql: apply, be refused for the missing
/// introductory meeting, attend it, be granted, register a student at DV and not at MA, lose it.
/// </summary>
public sealed class PermissionScenarioTests(LadokHost host) : IClassFixture<LadokHost>
{
    private static readonly string Yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_new_employee_becomes_study_administrator_at_dv_and_loses_it_again()
    {
        // Before: nyanst may not add course rights, and `me` says what the introductory meeting would unlock.
        var before = await GrantRightAsync("nyanst", "5DV003");
        Assert.Equal("FORBIDDEN", before);
        var me = await host.PostAsync("{ me { user { userId } grants { profileCode } missingTrainings { training { code } unlocks } } }", user: "nyanst");
        Assert.Equal("nyanst", me.Data["me"]!["user"]!["userId"]!.GetValue<string>());
        Assert.Empty(me.Data["me"]!["grants"]!.AsArray());
        Assert.Contains(me.Data["me"]!["missingTrainings"]!.AsArray(), m => m!["training"]!["code"]!.GetValue<string>() == "INTRO-STADM"
            && m["unlocks"]!.AsArray().Any(u => u!.GetValue<string>() == "STUDY_ADMINISTRATOR"));

        // nyanst applies; prefdv's approval is refused because the introductory meeting is missing.
        var applied = await MutateAsync("nyanst", "applyForPermission", "application { id status }",
            new { profileCode = "STUDY_ADMINISTRATOR", organisationUnitCode = "DV", motivation = "I register students at DV" });
        var applicationId = applied["application"]!["id"]!.GetValue<string>();
        var refused = await MutateAsync("prefdv", "decidePermissionApplication", "application { status } grant { id }", new { applicationId, approve = true });
        Assert.Equal("VALIDATION", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("INTRO-STADM", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(refused["grant"]);

        // ladokadm schedules a meeting next week, nyanst enrols, and ladokadm records that nyanst attended.
        var nextWeek = DateTimeOffset.UtcNow.AddDays(7);
        var scheduled = await MutateAsync("ladokadm", "scheduleTrainingSession", "session { id }", new
        {
            trainingCode = "INTRO-STADM", startsAt = nextWeek, endsAt = nextWeek.AddHours(3), location = "Studentcentrum", capacity = 10,
        });
        var sessionId = scheduled["session"]!["id"]!.GetValue<string>();
        var enrolled = await MutateAsync("nyanst", "enrolInTraining", "session { id }", new { sessionId });
        Assert.Empty(enrolled["errors"]!.AsArray());
        var completed = await MutateAsync("ladokadm", "recordTrainingCompletion", "completion { completedOn }",
            new { trainingCode = "INTRO-STADM", userId = "nyanst", completedOn = Yesterday });
        Assert.Empty(completed["errors"]!.AsArray());

        // Now prefdv's approval grants the permission, with the history of every step.
        var approved = await MutateAsync(
            "prefdv", "decidePermissionApplication", "application { status history { action actor } } grant { id profileCode organisationUnitCode }",
            new { applicationId, approve = true });
        Assert.Empty(approved["errors"]!.AsArray());
        Assert.Equal("APPROVED", approved["application"]!["status"]!.GetValue<string>());
        Assert.Equal(["applied:nyanst", "approved:prefdv"], approved["application"]!["history"]!.AsArray()
            .Select(h => $"{h!["action"]!.GetValue<string>()}:{h["actor"]!.GetValue<string>()}"));
        var grantId = approved["grant"]!["id"]!.GetValue<string>();

        // nyanst can now register a student on a DV offering, and still not on an MA one.
        var student = await MutateAsync("nyanst", "createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal("950612123"), firstName = "Maja", lastName = "Nilsson" });
        var studentId = student["student"]!["id"]!.GetValue<string>();
        Assert.Equal("OK", await RegisterAsync("nyanst", studentId, "5DV001"));
        Assert.Equal("FORBIDDEN", await RegisterAsync("nyanst", studentId, "5MA001"));
        Assert.Equal("OK", await GrantRightAsync("nyanst", "5DV003"));
        Assert.Equal("FORBIDDEN", await GrantRightAsync("nyanst", "5MA001"));

        // prefdv ends the permission: refused again.
        var ended = await MutateAsync("prefdv", "endPermission", "grant { endedBy endReason }", new { grantId, reason = "Moved to another unit" });
        Assert.Equal("prefdv", ended["grant"]!["endedBy"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", await RegisterAsync("nyanst", studentId, "5DV002"));
        Assert.Equal("FORBIDDEN", await GrantRightAsync("nyanst", "5DV004"));
        Assert.Equal(1L, await host.ScalarAsync<long>($"SELECT count(*) FROM records.registrations WHERE registered_by = 'nyanst'"));
    }

    [Fact]
    public async Task An_applicant_withdraws_a_pending_application_which_the_prefekt_then_cannot_decide_and_may_apply_again()
    {
        var application = new { profileCode = "READER", organisationUnitCode = "DV", motivation = "I follow up DV's results" };
        var applied = await MutateAsync("angrare", "applyForPermission", "application { id }", application);
        var applicationId = applied["application"]!["id"]!.GetValue<string>();

        var byOther = await MutateAsync("prefdv", "withdrawPermissionApplication", "application { status }", new { applicationId });
        var withdrawn = await MutateAsync("angrare", "withdrawPermissionApplication", "application { status }", new { applicationId });
        var twice = await MutateAsync("angrare", "withdrawPermissionApplication", "application { status }", new { applicationId });
        var decided = await MutateAsync("prefdv", "decidePermissionApplication", "grant { id }", new { applicationId, approve = true });
        var again = await MutateAsync("angrare", "applyForPermission", "application { status }", application);

        Assert.Equal("NOT_FOUND", byOther["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("WITHDRAWN", withdrawn["application"]!["status"]!.GetValue<string>());
        Assert.Equal("CONFLICT", twice["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("CONFLICT", decided["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("PENDING", again["application"]!["status"]!.GetValue<string>());
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM permissions.grants WHERE user_id = 'angrare'"));
    }

    private async Task<string> RegisterAsync(string caller, string studentId, string courseCode)
    {
        var offering = await host.PostAsync($"{{ offering(courseCode: \"{courseCode}\", term: \"HT2025\") {{ id }} }}", user: "ladokadm");
        var response = await host.PostAsync(
            "mutation($input: RegisterStudentInput!) { registerStudent(input: $input) { registration { id } errors { code } } }",
            new { input = new { studentId, offeringId = offering.Data["offering"]!["id"]!.GetValue<string>() } }, caller);
        return Outcome(response, "registerStudent");
    }

    /// <summary>OK, or the code that refused it, whether the validation rule (403) or the use case (payload) said no.</summary>
    private async Task<string> GrantRightAsync(string caller, string courseCode)
    {
        var response = await host.PostAsync(
            "mutation($input: GrantCourseRightInput!) { grantCourseRight(input: $input) { courseRight { id } errors { code } } }",
            new { input = new { userId = "lararedv", courseCode, kind = "ATTEST" } }, caller);
        return Outcome(response, "grantCourseRight");
    }

    private Task<JsonNode> MutateAsync(string caller, string mutation, string selection, object input)
        => host.MutateAsync(mutation, selection, input, caller);

    internal static string Outcome(GraphQLResponse response, string field) => response.Status switch
    {
        401 => "UNAUTHENTICATED",
        403 => "FORBIDDEN",
        200 when response.Errors.Count > 0 => response.ErrorCodes[0],
        200 when response.Data[field] is JsonObject payload && payload["errors"] is JsonArray { Count: > 0 } errors => errors[0]!["code"]!.GetValue<string>(),
        200 => "OK",
        _ => $"HTTP {response.Status}",
    };
}
