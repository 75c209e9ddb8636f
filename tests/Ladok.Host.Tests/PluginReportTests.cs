using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Plugin reports beside the built-in ones, and the guard around them, with the Umu plugin's
/// report as the example (what that report returns is tested in Ladok.Plugins.Umu.Tests).
/// </summary>
public sealed class PluginReportTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task Reports_lists_the_built_in_reports_and_the_plugins_own()
    {
        var response = await host.PostAsync("{ reports { name fromPlugin parameters { name required } columns { name } } }", user: "prefdv");

        Assert.Empty(response.Errors);
        var reports = response.Data["reports"]!.AsArray();
        Assert.Equal(["csn-results", "inactive-students", "scb-term", "uka-funded", "umu-inactive-students"],
            reports.Select(r => r!["name"]!.GetValue<string>()).Order());
        var umu = reports.Single(r => r!["name"]!.GetValue<string>() == "umu-inactive-students")!;
        Assert.True(umu["fromPlugin"]!.GetValue<bool>());
        Assert.Equal(["identity_number", "name", "last_activity"], umu["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_plugin_report_that_fails_gives_a_plugin_failure_naming_it_and_the_host_goes_on()
    {
        var failed = await host.PostAsync(
            """{ report(name: "umu-inactive-students", parameters: { years: "five" }) { rows } }""", user: "ladokadm", language: "en");
        var after = await host.PostAsync("{ university { code } }");

        Assert.Equal(["PLUGIN_FAILURE"], failed.ErrorCodes);
        Assert.Equal("PLUGIN_THREW", failed.Errors[0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.StartsWith(
            "The report umu-inactive-students of the plugin se.umu.ladok failed (FormatException: ",
            failed.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UMU", after.Data["university"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Running_a_report_needs_the_export_right()
    {
        var refused = await host.PostAsync("""{ report(name: "umu-inactive-students") { rows } }""", user: "prefdv");

        Assert.Equal(403, refused.Status);
    }
}
