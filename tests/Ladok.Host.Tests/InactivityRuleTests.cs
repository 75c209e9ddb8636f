using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// Seven students with the same history, written into each host's Records tables, so one build
/// switched between UMU and KTH can be seen to apply different inactivity rules to the same data.
/// Dates are relative to today, since the report judges on the host's today.
/// </summary>
internal static class InactivityScenario
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);

    /// <summary>One student's history, and the first day each university's rule counts them inactive ("active" when it does not).</summary>
    public sealed record Case(string Name, string Born, DateOnly? Registered, DateOnly? Examined, DateOnly? BreakEnds, string AtUmu, string AtKth)
    {
        public string IdentityNumber => "19" + IdentityNumbers.Personal(Born).Replace("-", "", StringComparison.Ordinal);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly DateOnly TwoYearsAgo = Today.AddYears(-2);
    private static readonly DateOnly SixYearsAgo = Today.AddYears(-6);
    private static readonly DateOnly In1980 = new(1980, 9, 1);

    // Umeå: inactive five years after the last registration or grade. KTH: a year after the last
    // registration, unless a study break runs; grades do not count. Never active: inactive, no date.
    public static readonly IReadOnlyList<Case> Cases =
    [
        new("Registered recently", "450101001", Today.AddMonths(-2), null, null, "active", "active"),
        new("Registered two years ago", "450102001", TwoYearsAgo, null, null, "active", Iso(TwoYearsAgo.AddYears(1))),
        new("Registered six years ago", "450103001", SixYearsAgo, null, null, Iso(SixYearsAgo.AddYears(5)), Iso(SixYearsAgo.AddYears(1))),
        new("Examined recently", "450104001", SixYearsAgo, Today.AddMonths(-3), null, "active", Iso(SixYearsAgo.AddYears(1))),
        new("On a study break", "450105001", TwoYearsAgo, null, Today.AddMonths(3), "active", "active"),
        new("Never registered", "450106001", null, null, null, "", ""),
        new("Last seen in 1980", "450107001", In1980, null, null, Iso(In1980.AddYears(5)), Iso(In1980.AddYears(1))),
    ];

    /// <summary>Writes the students straight into Records (as an import of old records would), once per host.</summary>
    public static async Task InsertAsync(PostgresDatabase database)
    {
        if (await database.ScalarAsync<long>($"SELECT count(*) FROM records.students WHERE identity_number = '{Cases[0].IdentityNumber}'") > 0) return;

        foreach (var c in Cases)
        {
            var student = Guid.NewGuid();
            var registration = Guid.NewGuid();
            var sql = $"""
                INSERT INTO records.students (id, identity_number, first_name, last_name, kind, created_at, created_by)
                VALUES ('{student}', '{c.IdentityNumber}', '{c.Name}', 'Test', 'Personal', now(), 'test');
                """;
            if (c.Registered is { } registered)
            {
                sql += $"""
                    INSERT INTO records.registrations (id, student_id, offering_id, course_id, course_code, department_id, offering_code, term, kind,
                        is_early_dropout, registered_at, registered_by)
                    VALUES ('{registration}', '{student}', '{Guid.NewGuid()}', '{Guid.NewGuid()}', 'TEST01', '{Guid.NewGuid()}', '10001',
                            '{(registered.Month >= 7 ? "HT" : "VT")}{registered.Year}', 'FirstTime', false, '{Iso(registered)} 12:00:00+00', 'test');
                    """;
            }
            if (c.Examined is { } examined)
            {
                sql += $"""
                    INSERT INTO records.results (id, student_id, registration_id, course_id, course_version_id, course_code, department_id, credits,
                        grading_scale_id,
                                                 grade, is_passing, examination_date, examiners, origin, status, reported_at, reported_by,
                                                     decided_at, decided_by)
                    VALUES ('{Guid.NewGuid()}', '{student}', '{registration}', '{Guid.NewGuid()}', '{Guid.NewGuid()}', 'TEST01', '{Guid.NewGuid()}',
                        7.5, '{Guid.NewGuid()}',
                            'G', true, '{Iso(examined)}', ARRAY[]::text[], 'Reported', 'Attested', now(), 'test', now(), 'test');
                    """;
            }
            if (c.BreakEnds is { } breakEnds)
            {
                sql += $"""
                    INSERT INTO records.study_breaks (id, registration_id, "from", "to", reason, recorded_by, recorded_at)
                    VALUES ('{Guid.NewGuid()}', '{registration}', '{Iso(Today.AddMonths(-6))}', '{Iso(breakEnds)}', 'Föräldraledighet', 'test', now());
                    """;
            }
            await database.ExecuteAsync(sql);
        }
    }

    /// <summary>"identity_number inactive_since" for each scenario student the report lists.</summary>
    public static async Task<List<string>> InactiveAsync(LadokHost host)
    {
        await InsertAsync(host);
        var response = await host.PostAsync("""{ report(name: "inactive-students") { columns { name } rows } }""", user: "ladokadm");
        Assert.Empty(response.Errors);
        Assert.Equal(["identity_number", "name", "last_registered", "last_examined", "inactive_since", "reason"],
            response.Data["report"]!["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        var ours = Cases.Select(c => c.IdentityNumber).ToHashSet();
        return response.Data["report"]!["rows"]!.AsArray()
            .Select(r => r!.AsArray().Select(v => v!.GetValue<string>()).ToList())
            .Where(r => ours.Contains(r[0]))
            .Select(r => $"{r[0]} {r[4]}")
            .Order(StringComparer.Ordinal).ToList();
    }

    public static List<string> Expected(Func<Case, string> since) =>
        Cases.Where(c => since(c) != "active").Select(c => $"{c.IdentityNumber} {since(c)}").Order(StringComparer.Ordinal).ToList();

    public static async Task<List<string>> ReportNamesAsync(LadokHost host)
    {
        var response = await host.PostAsync("{ reports { name } }", user: "ladokadm");
        Assert.Empty(response.Errors);
        return response.Data["reports"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary>At Umeå (the default university): five years without registration or grade.</summary>
public sealed class UmuInactivityTests(LadokHost host) : IClassFixture<LadokHost>
{
    [Fact]
    public async Task Inactive_students_are_those_neither_registered_nor_graded_for_five_years()
    {
        var inactive = await InactivityScenario.InactiveAsync(host);

        Assert.Equal(InactivityScenario.Expected(c => c.AtUmu), inactive);
    }

    [Fact]
    public async Task A_student_inactive_before_1988_is_told_where_the_purged_records_are()
    {
        await InactivityScenario.InsertAsync(host);
        var old = InactivityScenario.Cases.Single(c => c.Name == "Last seen in 1980").IdentityNumber;

        var response = await host.PostAsync("""{ report(name: "inactive-students") { rows } }""", user: "ladokadm");

        var row = response.Data["report"]!["rows"]!.AsArray().Single(r => r![0]!.GetValue<string>() == old)!;
        Assert.Equal("1980-09-01", row[2]!.GetValue<string>());
        Assert.Contains("microfiche at Studentcentrum", row[5]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_are_the_built_in_ones_and_umeas_own()
    {
        Assert.Equal(
            ["csn-results", "inactive-students", "scb-term", "uka-funded", "umu-inactive-students"], await InactivityScenario.ReportNamesAsync(host));
    }

    [Fact]
    public async Task The_csv_has_the_same_rows_needs_the_export_right_and_is_logged()
    {
        await InactivityScenario.InsertAsync(host);
        var graphQL = await host.PostAsync("""{ report(name: "inactive-students") { rows csvPath } }""", user: "ladokadm");
        var csvPath = graphQL.Data["report"]!["csvPath"]!.GetValue<string>();
        var path = csvPath.Split('?')[0];

        // The signed link works as a plain link, with no header; the path alone takes a bearer token and checks its right.
        using var csv = await GetAsync(csvPath, null);
        using var refused = await GetAsync(path, "prefdv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("/reports/inactive-students.csv", path);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("identity_number,name,last_registered,last_examined,inactive_since,reason", lines[0]);
        Assert.Equal(graphQL.Data["report"]!["rows"]!.AsArray().Select(r => r![0]!.GetValue<string>()), lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(lines.Length - 1L, await host.ScalarAsync<long>(
            "SELECT row_count::bigint FROM reporting.exports WHERE report = 'inactive-students' AND format = 'csv' ORDER BY exported_at DESC LIMIT 1"));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await host.TokenAsync(user));
        return await host.Http.SendAsync(request);
    }
}

/// <summary>The same build at KTH: a year without registration and no study break; grades do not count.</summary>
public sealed class KthInactivityTests(KthHost host) : IClassFixture<KthHost>
{
    [Fact]
    public async Task Inactive_students_are_those_not_registered_for_a_year_without_a_study_break()
    {
        var inactive = await InactivityScenario.InactiveAsync(host);

        Assert.Equal(InactivityScenario.Expected(c => c.AtKth), inactive);
        Assert.NotEqual(InactivityScenario.Expected(c => c.AtUmu), inactive);
    }

    [Fact]
    public async Task The_reports_are_the_built_in_ones_and_kths_own()
    {
        Assert.Equal(
            ["csn-results", "inactive-students", "kth-examined-while-inactive", "scb-term", "uka-funded"], await InactivityScenario.ReportNamesAsync(host));
    }

    [Fact]
    public async Task Kths_report_lists_the_inactive_student_who_was_examined_in_the_last_year()
    {
        await InactivityScenario.InsertAsync(host);
        var ours = InactivityScenario.Cases.ToDictionary(c => c.IdentityNumber, c => c.Name);

        var response = await host.PostAsync("""{ report(name: "kth-examined-while-inactive") { rows } }""", user: "ladokadm");

        Assert.Empty(response.Errors);
        Assert.Equal(["Examined recently"], response.Data["report"]!["rows"]!.AsArray()
            .Select(r => r![0]!.GetValue<string>()).Where(ours.ContainsKey).Select(n => ours[n]));
    }
}

/// <summary>A test university, TST, whose plugin's inactivity rule throws: loaded from its built folder.</summary>
public sealed class ThrowingInactivityRuleHost : LadokHost
{
    private readonly string pluginsFolder = CopyOfFixture();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = pluginsFolder,
        ["University:Code"] = "TST",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(pluginsFolder, recursive: true);
    }

    private static string CopyOfFixture()
    {
        var folder = Directory.CreateTempSubdirectory("ladok-plugins-").FullName;
        var target = Directory.CreateDirectory(Path.Combine(folder, "ThrowingInactivityRule")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.TestPlugins, "ThrowingInactivityRule")))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        return folder;
    }
}

public sealed class ThrowingInactivityRuleTests(ThrowingInactivityRuleHost host) : IClassFixture<ThrowingInactivityRuleHost>
{
    [Fact]
    public async Task A_rule_that_throws_gives_a_plugin_failure_naming_the_plugin_and_the_host_goes_on()
    {
        await InactivityScenario.InsertAsync(host);

        var failed = await host.PostAsync("""{ report(name: "inactive-students") { rows } }""", user: "ladokadm", language: "en");
        var after = await host.PostAsync("{ university { code } }");

        Assert.Equal(["PLUGIN_FAILURE"], failed.ErrorCodes);
        Assert.Equal("PLUGIN_THREW", failed.Errors[0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Contains(
            "The inactivity rule of the plugin test.throwing-inactivity-rule failed", failed.Errors[0]!["message"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Equal("TST", after.Data["university"]!["code"]!.GetValue<string>());
    }
}
