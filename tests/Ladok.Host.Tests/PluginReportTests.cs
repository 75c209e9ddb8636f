using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>The built-in reports and the Umu plugin's own, listed and run through /graphql and as CSV.</summary>
public sealed class PluginReportTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task Reports_lists_the_built_in_reports_and_the_plugins_own()
    {
        var response = await host.PostAsync("{ reports { name fromPlugin parameters { name required } columns { name } } }", user: "prefdv");

        Assert.Empty(response.Errors);
        var reports = response.Data["reports"]!.AsArray();
        Assert.Equal(["csn-results", "inactive-students", "scb-term", "umu-inactive-students"], reports.Select(r => r!["name"]!.GetValue<string>()).Order());
        var umu = reports.Single(r => r!["name"]!.GetValue<string>() == "umu-inactive-students")!;
        Assert.True(umu["fromPlugin"]!.GetValue<bool>());
        Assert.Equal(["identity_number", "name", "last_activity"], umu["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_Umu_inactivity_report_lists_a_student_never_registered_and_not_one_registered_now()
    {
        var never = IdentityNumbers.Personal("600101123");
        await host.MutateAsync("createStudent", "student { id }", new { identityNumber = never, firstName = "Never", lastName = "Registered" }, "stadmdv");

        var response = await host.PostAsync("""{ report(name: "umu-inactive-students", parameters: { years: 5 }) { rows csvPath } }""", user: "ladokadm");
        using var csv = await GetCsvAsync(response.Data["report"]!["csvPath"]!.GetValue<string>(), "ladokadm");

        Assert.Empty(response.Errors);
        var rows = response.Data["report"]!["rows"]!.AsArray().Select(r => r![0]!.GetValue<string>()).ToList();
        Assert.Contains("19" + never.Replace("-", "", StringComparison.Ordinal), rows);
        // Demo students registered in HT2025 are active.
        var active = await host.ScalarAsync<string>("SELECT s.identity_number FROM records.students s JOIN records.registrations r ON r.student_id = s.id WHERE r.term = 'HT2025' LIMIT 1");
        Assert.DoesNotContain(active, rows);
        Assert.Contains("identity_number,name,last_activity", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM reporting.exports WHERE report = 'umu-inactive-students'"));
    }

    [Fact]
    public async Task A_plugin_report_that_fails_gives_a_plugin_failure_naming_it_and_the_host_goes_on()
    {
        var failed = await host.PostAsync("""{ report(name: "umu-inactive-students", parameters: { years: "five" }) { rows } }""", user: "ladokadm");
        var after = await host.PostAsync("{ university { code } }");

        Assert.Equal(["PLUGIN_FAILURE"], failed.ErrorCodes);
        Assert.Contains("umu-inactive-students", failed.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Ladok.Plugins.Umu", failed.Errors[0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UMU", after.Data["university"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Running_a_report_needs_the_export_right()
    {
        var refused = await host.PostAsync("""{ report(name: "umu-inactive-students") { rows } }""", user: "prefdv");

        Assert.Equal(403, refused.Status);
    }

    private async Task<HttpResponseMessage> GetCsvAsync(string path, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await host.TokenAsync(user));
        return await host.Http.SendAsync(request);
    }
}
