using Ladok.Testing;

namespace Ladok.Plugins.Umu.Tests;

/// <summary>
/// <c>umu-inactive-students</c>: the students neither registered nor examined for <c>years</c>
/// years, Umeå's rule from before 1988. (The host's guard around plugin reports is tested in
/// Ladok.Host.Tests.PluginReportTests.)
/// </summary>
public sealed class UmuInactiveStudentsReportTests(UmuHost host) : IClassFixture<UmuHost>
{
    [Fact]
    public async Task The_report_takes_an_optional_number_of_years()
    {
        var response = await host.PostAsync("{ reports { name parameters { name required } } }", user: "prefdv");

        Assert.Empty(response.Errors);
        var umu = response.Data["reports"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "umu-inactive-students")!;
        Assert.Equal(["years False"], umu["parameters"]!.AsArray().Select(p => $"{p!["name"]} {p["required"]!.GetValue<bool>()}"));
    }

    [Fact]
    public async Task The_report_lists_a_student_never_registered_and_not_one_registered_now()
    {
        var never = IdentityNumbers.Personal("600101123");
        await host.MutateAsync("createStudent", "student { id }", new { identityNumber = never, firstName = "Never", lastName = "Registered" }, "stadmdv");

        var response = await host.PostAsync("""{ report(name: "umu-inactive-students", parameters: { years: 5 }) { rows csvPath } }""", user: "ladokadm");
        using var csv = await GetCsvAsync(response.Data["report"]!["csvPath"]!.GetValue<string>(), "ladokadm");

        Assert.Empty(response.Errors);
        var rows = response.Data["report"]!["rows"]!.AsArray().Select(r => r![0]!.GetValue<string>()).ToList();
        Assert.Contains("19" + never.Replace("-", "", StringComparison.Ordinal), rows);
        // Demo students registered in HT2025 are active.
        var active = await host.ScalarAsync<string>(
            "SELECT s.identity_number FROM records.students s JOIN records.registrations r ON r.student_id = s.id WHERE r.term = 'HT2025' LIMIT 1");
        Assert.DoesNotContain(active, rows);
        Assert.Contains("identity_number,name,last_activity", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2L, await host.ScalarAsync<long>("SELECT count(*) FROM reporting.exports WHERE report = 'umu-inactive-students'"));
    }

    private async Task<HttpResponseMessage> GetCsvAsync(string path, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await host.TokenAsync(user));
        return await host.Http.SendAsync(request);
    }
}
