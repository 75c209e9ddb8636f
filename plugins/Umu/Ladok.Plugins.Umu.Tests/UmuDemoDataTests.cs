namespace Ladok.Plugins.Umu.Tests;

/// <summary>The demo Umeå University the plugin seeds into an empty database: departments, courses, staff.</summary>
public sealed class UmuDemoDataTests(UmuHost host) : IClassFixture<UmuHost>
{
    [Fact]
    public async Task The_demo_has_the_departments_of_computing_science_and_mathematics_under_the_faculty()
    {
        var response = await host.PostAsync("{ organisationUnits { code kind parent { code } } }", user: "ladokadm");

        Assert.Empty(response.Errors);
        var units = response.Data["organisationUnits"]!.AsArray()
            .ToDictionary(u => u!["code"]!.GetValue<string>(), u => u!["parent"]?["code"]?.GetValue<string>());
        Assert.Null(units["UMU"]);
        Assert.Equal("TEKNAT", units["DV"]);
        Assert.Equal("TEKNAT", units["MA"]);
    }

    [Fact]
    public async Task The_demo_has_a_dozen_courses_with_offerings_in_ht2025_and_vt2026()
    {
        var response = await host.PostAsync(
            "{ courses(first: 50) { totalCount } " +
            "course(code: \"5DV001\") { currentVersion { gradingScale { code } modules { code } offerings { term offeringCode } } } }",
            user: "ladokadm");

        Assert.Empty(response.Errors);
        Assert.Equal(12, response.Data["courses"]!["totalCount"]!.GetValue<int>());
        var version = response.Data["course"]!["currentVersion"]!;
        Assert.Equal("U_G_VG", version["gradingScale"]!["code"]!.GetValue<string>());
        Assert.Equal(["0001", "0002"], version["modules"]!.AsArray().Select(m => m!["code"]!.GetValue<string>()));
        // The plugin's own terms; the host adds the coming term's offerings (codes 9xxxx) for the demo students to register on.
        Assert.Equal(["HT2025", "VT2026"], version["offerings"]!.AsArray().Where(o => !o!["offeringCode"]!.GetValue<string>().StartsWith('9'))
            .Select(o => o!["term"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("stadmdv", "STUDY_ADMINISTRATOR@DV", "INTRO-STADM")]
    [InlineData("lararedv", "RESULT_REPORTER@DV", "RESULTAT-ELEARN")]
    [InlineData("examdv", "EXAMINER@DV", "RESULTAT-ELEARN")]
    public async Task Each_demo_user_has_the_permission_and_the_training_of_their_role(string user, string grant, string training)
    {
        var me = await host.PostAsync("{ me { grants { profileCode organisationUnitCode } completedTrainings { code } } }", user: user);

        Assert.Empty(me.Errors);
        Assert.Equal([grant], me.Data["me"]!["grants"]!.AsArray().Select(g => $"{g!["profileCode"]}@{g["organisationUnitCode"]}"));
        Assert.Contains(me.Data["me"]!["completedTrainings"]!.AsArray(), c => c!["code"]!.GetValue<string>() == training);
    }
}
