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
        Assert.Equal(
            "identity_number,term,course_code,registration,registered_credits,completed_credits,level,subject_group,educational_areas,pace_percent," +
            "study_form,place,financing_form,fee_paying", lines[0]);
        // SCB's individual records: the demo data registers students on HT2025 offerings, and the read model has them after the seed.
        var records = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(records, r => Assert.Equal(14, r.Length));
        Assert.Contains(records, r => r[0].Length == 12 && r[1] == "HT2025" && r[2].StartsWith("5DV", StringComparison.Ordinal) && r[3] == "FFG"
            && r[7] == "DA1" && r[9] == "100" && r[10] == "Campus");
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

    [Fact]
    public async Task SCBs_individual_records_are_refused_without_the_export_right_in_GraphQL_and_as_CSV()
    {
        // Identity numbers leave the university: reporting.export only (the administrator profile); prefdv may read figures.
        var graphQL = await host.PostAsync("{ authorityReport(kind: SCB_TERM, period: \"HT2025\") { rows } }", user: "prefdv");
        using var csv = await GetAsync("/reports/scb-term.csv?period=HT2025", "prefdv");

        Assert.Equal(["FORBIDDEN"], graphQL.ErrorCodes);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM reporting.exports WHERE report = 'scb-term' AND exported_by = 'prefdv'"));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync(user));
        return await host.Http.SendAsync(request);
    }
}
