namespace Ladok.Plugins.Example.Tests;

/// <summary>What the plugin promises, asked through /graphql as a front end would.</summary>
public sealed class ExamplePluginTests(ExampleHost host) : IClassFixture<ExampleHost>
{
    [Fact]
    public async Task The_host_serves_the_university()
    {
        var response = await host.PostAsync("{ university { code nameEn userIdName supportEmail } }");

        Assert.Equal(200, response.Status);
        Assert.Equal("XMPL", response.Data["university"]!["code"]!.GetValue<string>());
        Assert.Equal("Example University", response.Data["university"]!["nameEn"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_pass_fail_scale_is_listed_beside_the_standard_ones()
    {
        var response = await host.PostAsync("{ gradingScales { code grades { code isPassing } } }");

        var scales = response.Data["gradingScales"]!.AsArray();
        Assert.Equal(new[] { "A_F", "U_3_4_5", "U_G", "U_G_VG", "XMPL_P_F" }.Order(StringComparer.Ordinal),
            scales.Select(s => s!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var passFail = scales.Single(s => s!["code"]!.GetValue<string>() == "XMPL_P_F")!;
        Assert.Equal(["F False", "P True"], passFail["grades"]!.AsArray().Select(g => $"{g!["code"]} {g["isPassing"]!.GetValue<bool>()}"));
    }
}
