using System.Text.Json.Nodes;

namespace Ladok.Plugins.Umu.Tests;

/// <summary>At Umeå the introductory meeting is mandatory for a study administrator, and only for one.</summary>
public sealed class UmuPrerequisitesTests(UmuHost host) : IClassFixture<UmuHost>
{
    [Fact]
    public async Task A_study_administrators_permission_is_refused_without_the_introductory_meeting()
    {
        var refused = await ApplyAndApproveAsync("STUDY_ADMINISTRATOR");

        Assert.Equal("VALIDATION", refused["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("INTRO-STADM", refused["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(refused["grant"]);
        var me = await host.PostAsync("{ me { grants { profileCode } } }", user: "nyanst");
        Assert.DoesNotContain(me.Data["me"]!["grants"]!.AsArray(), g => g!["profileCode"]!.GetValue<string>() == "STUDY_ADMINISTRATOR");
    }

    [Fact]
    public async Task A_result_reporter_needs_no_training_before_the_grant()
    {
        var approved = await ApplyAndApproveAsync("RESULT_REPORTER");

        Assert.Empty(approved["errors"]!.AsArray());
        Assert.Equal("RESULT_REPORTER", approved["grant"]!["profileCode"]!.GetValue<string>());
    }

    /// <summary><c>nyanst</c> applies at DV and its prefekt approves.</summary>
    private async Task<JsonNode> ApplyAndApproveAsync(string profileCode)
    {
        var applied = await host.MutateAsync("applyForPermission", "application { id }",
            new { profileCode, organisationUnitCode = "DV", motivation = "New at the department" }, "nyanst");
        Assert.Empty(applied["errors"]!.AsArray());
        var applicationId = applied["application"]!["id"]!.GetValue<string>();
        return await host.MutateAsync("decidePermissionApplication", "grant { profileCode }", new { applicationId, approve = true }, "prefdv");
    }
}
