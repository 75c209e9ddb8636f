using System.Net;
using System.Net.Http.Headers;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>Reports to other authorities as CSV downloads, with the same sign-in, right and logging as GraphQL.</summary>
public sealed class ReportDownloadTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task An_administrator_downloads_the_SCB_term_report_as_CSV_with_its_documented_header_and_the_export_is_logged()
    {
        using var response = await GetAsync("/reports/scb-term.csv?period=HT2025", "ladokadm");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("term,course_code,level,first_time,continuation,repeat,completed_credits", lines[0]);
        // The demo data registers students on HT2025 offerings, and the read model has them after the seed.
        Assert.Contains(lines.Skip(1), l => l.StartsWith("HT2025,5DV", StringComparison.Ordinal));
        // Registrations reach the term report: the read model the demo seed rebuilt knows their terms.
        Assert.Contains(lines.Skip(1), l => l.Split(',')[3] != "0");
        Assert.Equal(lines.Length - 1L, await host.ScalarAsync<long>(
            "SELECT row_count::bigint FROM reporting.exports WHERE report = 'scb-term' AND format = 'csv' AND exported_by = 'ladokadm' ORDER BY " +
            "exported_at DESC LIMIT 1"));
    }

    [Fact]
    public async Task Without_sign_in_or_the_right_the_download_is_refused_and_an_unknown_report_is_not_found()
    {
        using var anonymous = await GetAsync("/reports/csn-results.csv?period=2025", null);
        using var reader = await GetAsync("/reports/csn-results.csv?period=2025", "prefdv");
        using var badPeriod = await GetAsync("/reports/scb-term.csv?period=2025", "ladokadm");
        using var unknown = await GetAsync("/reports/ladok-secrets.csv?period=2025", "ladokadm");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Contains("\"FORBIDDEN\"", await reader.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM reporting.exports WHERE exported_by = 'prefdv'"));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync(user));
        return await host.Http.SendAsync(request);
    }
}
