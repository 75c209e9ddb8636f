using Ladok.Kernel.Modules;
using System.Globalization;
using Ladok.Modules.Reporting.Application;
using Ladok.Testing;
using Ladok.Tools.History;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ladok.Host.Tests;

/// <summary>A small generated history (a university of 200 students over three academic years) below the demo university.</summary>
public sealed class GeneratedHistoryTests(GeneratedHistoryTests.HistoryHost host) : IClassFixture<GeneratedHistoryTests.HistoryHost>
{
    private static readonly int[] Years = [2023, 2024, 2025, 2026];

    public sealed class HistoryHost : LadokHost
    {
        public static readonly HistoryOptions Options = new(200, 3, 7);

        public HistoryCounts Counts { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var dataSource = NpgsqlDataSource.Create(ConnectionString);
            Counts = await new HistoryGenerator(dataSource).GenerateAsync(Options, IProgressSteps.None, CancellationToken.None);
            await Services.GetRequiredService<ReadModelRebuild>().RunAsync(IProgressSteps.None, CancellationToken.None);
        }
    }

    [Fact]
    public void The_same_seed_draws_the_same_history_and_another_seed_another()
    {
        static (int Students, int Registrations, int Results, string Checksum) Draw(int seed)
        {
            var plan = new HistoryPlan(HistoryHost.Options with { Seed = seed }, Guid.Empty, Scales());
            var batches = plan.StudentBatches().ToList();
            var rows = batches.SelectMany(b => b.Results).Select(r =>
                string.Create(
                    CultureInfo.InvariantCulture, $"{r.Id}|{r.StudentId}|{r.Registration.Id}|{r.Grade}|{r.ExaminationDate:yyyy-MM-dd}|{r.DecidedAt:O}"))
                .Concat(batches.SelectMany(b => b.Students).Select(s => s.IdentityNumber));
            var checksum = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', rows))));
            return (batches.Sum(b => b.Students.Count), batches.Sum(b => b.Registrations.Count), batches.Sum(b => b.Results.Count), checksum);
        }

        Assert.Equal(Draw(7), Draw(7));
        Assert.NotEqual(Draw(7).Checksum, Draw(8).Checksum);
    }

    [Fact]
    public void Identity_numbers_already_in_the_database_are_never_drawn()
    {
        static List<string> Numbers(IReadOnlySet<string>? taken) =>
            new HistoryPlan(HistoryHost.Options, Guid.Empty, Scales(), taken).StudentBatches().SelectMany(b => b.Students)
                .Select(s => s.IdentityNumber).ToList();
        var taken = Numbers(null).Take(20).ToHashSet();

        var drawn = Numbers(taken);

        Assert.DoesNotContain(drawn, taken.Contains);
        Assert.Equal(drawn.Count, drawn.Distinct().Count());
    }

    [Fact]
    public void The_size_is_the_students_enrolled_in_a_year_once_the_first_cohorts_have_worked_through()
    {
        var plan = new HistoryPlan(new HistoryOptions(400, 8, 7), Guid.Empty, Scales());
        var enrolled = plan.StudentBatches().SelectMany(b => b.Registrations)
            .Where(r => r.Offering.AcademicYear == HistoryOptions.LastAcademicYear).Select(r => r.StudentId).Distinct().Count();

        // Mean stay: 0.12 programme students × 3.33 years + 0.88 single-course students × 1.4 years = 1.63;
        // 400 ÷ 1.63 = 245 enter each autumn, and in the last of eight years about 400 study.
        Assert.Equal(1.6316, HistoryPlan.MeanYears, 4);
        Assert.Equal(245, plan.EnteringPerYear);
        Assert.InRange(enrolled, 360, 440);
    }

    [Fact]
    public async Task The_generated_rows_obey_the_modules_rules()
    {
        var students = new HistoryPlan(HistoryHost.Options, Guid.Empty, Scales()).EnteringPerYear * HistoryHost.Options.Years;
        Assert.Equal(students, host.Counts.Students);
        Assert.True(host.Counts.Results > 1000, host.Counts.ToString());
        // Grades on the scale of their module or course version; examinations within the offering; decisions after them.
        Assert.Equal(0L, await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.results r
            WHERE NOT EXISTS (SELECT 1 FROM catalogue.grades g WHERE g.grading_scale_id = r.grading_scale_id AND g.code = r.grade AND g.is_passing =
                r.is_passing)
               OR r.grading_scale_id <> coalesce((SELECT m.grading_scale_id FROM catalogue.course_modules m WHERE m.id = r.module_id),
                                                 (SELECT v.grading_scale_id FROM catalogue.course_versions v WHERE v.id = r.course_version_id))
            """));
        Assert.Equal(0L, await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.results r JOIN catalogue.offerings o ON o.id = r.offering_id
            WHERE r.examination_date NOT BETWEEN o.start_date AND o.end_date OR r.decided_at::date <= r.examination_date OR r.decided_at > now()
            """));
        // Module credits add up to their version's.
        Assert.Equal(0L, await host.ScalarAsync<long>("""
            SELECT count(*) FROM catalogue.course_versions v JOIN catalogue.course_modules m ON m.course_version_id = v.id
            GROUP BY v.id, v.credits HAVING sum(m.credits) <> v.credits
            UNION ALL SELECT 0 LIMIT 1
            """));
        // Early dropouts have no results; dropouts come after the last passed result.
        Assert.Equal(0L, await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.registrations g JOIN records.results r ON r.registration_id = g.id
            WHERE g.is_early_dropout OR g.withdrawn_on IS NOT NULL OR (g.dropped_out_on IS NOT NULL AND r.is_passing AND r.status = 'Attested' AND
                r.examination_date >= g.dropped_out_on)
            """));

        // Two-term courses: one offering, the FFG in its autumn term and the FO in its spring term; and some with no FO.
        Assert.True(await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.registrations f JOIN records.registrations c ON c.student_id = f.student_id AND c.offering_id = f.offering_id
            WHERE f.kind = 'FirstTime' AND f.term LIKE 'HT%' AND c.kind = 'Continuation' AND c.term = 'VT' || (substr(f.term, 3)::int + 1)
            """) > 0);
        Assert.True(await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.registrations f JOIN catalogue.offerings o ON o.id = f.offering_id
            WHERE f.kind = 'FirstTime' AND o.end_date > make_date(substr(o.term, 3)::int + 1, 3, 1) AND f.dropped_out_on IS NULL AND f.withdrawn_on IS NULL
              AND NOT EXISTS (SELECT 1 FROM records.registrations c
                              WHERE c.student_id = f.student_id AND c.offering_id = f.offering_id AND c.kind = 'Continuation')
            """) > 0);
        // The cases the funded figures leave out are there: credit transfers, contract education, doctoral courses, fee-paying terms.
        Assert.True(host.Counts.CreditTransfers > 0 && host.Counts.FeePayingTerms > 0, host.Counts.ToString());
        // The generator's own (the demo university beside them has a transfer still waiting for its attestant).
        Assert.Equal(0L, await host.ScalarAsync<long>($"""
            SELECT count(*) FROM records.results
            WHERE origin = 'CreditTransfer' AND reported_by = '{HistoryPlan.CreatedBy}'
              AND (registration_id IS NOT NULL OR status <> 'Attested' OR NOT is_passing)
            """));
        Assert.True(await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.registrations r JOIN catalogue.courses c ON c.id = r.course_id WHERE c.financing_form = 'ContractEducation'
            """) > 0);
        Assert.True(await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.registrations r JOIN catalogue.courses c ON c.id = r.course_id WHERE c.level = 'Doctoral'
            """) > 0);
        // Every course's educational areas sum to 1, so the figures per area add up to the whole.
        Assert.Equal(0L, await host.ScalarAsync<long>("""
            SELECT count(*) FROM (SELECT c.id FROM catalogue.courses c LEFT JOIN catalogue.course_educational_areas a ON a.course_id = c.id
                                  GROUP BY c.id HAVING coalesce(sum(a.share), 0) <> 1) unbalanced
            """));

        await using var dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT identity_number FROM records.students WHERE created_by = 'generator'");
        await using var reader = await command.ExecuteReaderAsync();
        var numbers = new List<string>();
        while (await reader.ReadAsync()) numbers.Add(reader.GetString(0));
        Assert.Equal(students, numbers.Count);
        Assert.All(numbers, n => Assert.True(PersonalIdentityNumber.IsValid(n), n));
    }

    [Fact]
    public async Task Funded_HST_and_HPR_per_area_equal_hand_written_SQL_and_stay_so_after_a_rebuild_a_redelivery_and_event_by_event_handling()
    {
        foreach (var year in Years)
        {
            Assert.Equal(await ByHandAsync(year), await ThroughApiAsync(year));
        }

        var before = await Task.WhenAll(Years.Select(ThroughApiAsync));
        await host.Services.GetRequiredService<ReadModelRebuild>().RunAsync(IProgressSteps.None, CancellationToken.None);
        Assert.Equal(before, await Task.WhenAll(Years.Select(ThroughApiAsync)));

        await RedeliverEveryEventAsync();
        Assert.Equal(before, await Task.WhenAll(Years.Select(ThroughApiAsync)));

        // From nothing, event by event through the live handlers: the same figures as the COPY path.
        await host.ExecuteAsync("TRUNCATE reporting.registrations, reporting.results, reporting.course_areas, reporting.fee_paying_terms");
        await RedeliverEveryEventAsync();
        Assert.Equal(before, await Task.WhenAll(Years.Select(ThroughApiAsync)));
    }

    [Theory]
    [InlineData("HT2024")]
    [InlineData("HT2025")]
    [InlineData("VT2026")]
    public async Task SCBs_individual_records_equal_hand_written_SQL(string term)
    {
        var response = await host.PostAsync(
            "query($term: String!) { authorityReport(kind: SCB_TERM, period: $term) { rows truncated } }", new { term }, "ladokadm");
        var report = response.Data["authorityReport"]!;
        Assert.False(report["truncated"]!.GetValue<bool>());
        // Identity, course, registration, credits, level, subject group, pace, study form, place, financing form, fee-paying: all but the areas.
        var throughApi = report["rows"]!.AsArray().Select(r => r!.AsArray().Select(c => c!.GetValue<string>()).ToArray())
            .Select(r => string.Join('|', r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[9], r[10], r[11], r[12], r[13]))
            .Order(StringComparer.Ordinal).ToList();

        var byHand = await ScbByHandAsync(term);

        Assert.NotEmpty(byHand);
        Assert.Contains(byHand, r => r.Split('|')[7].Length == 3);
        Assert.Equal(byHand, throughApi);
    }

    /// <summary>
    /// SUHF's terms as a CTE <c>teaching(term, starts)</c>, numbered 2 × year (+ 1 for HT): the autumn term's teaching starts on
    /// the first Monday from 28 August, the spring term's 20 weeks (140 days) after the autumn term before it.
    /// </summary>
    private const string SuhfTerms = """
        teaching AS (
                        SELECT 2 * y + 1 AS term, make_date(y, 8, 28) + (8 - extract(isodow FROM make_date(y, 8, 28))::int) % 7 AS starts
                        FROM generate_series(1900, 2200) y
                        UNION ALL
                        SELECT 2 * (y + 1), make_date(y, 8, 28) + (8 - extract(isodow FROM make_date(y, 8, 28))::int) % 7 + 140
                        FROM generate_series(1900, 2200) y)
        """;

    /// <summary>
    /// docs/reports.md's SCB records, written again from the Records and Catalogue tables: per student and course, the registration
    /// for the term that is neither withdrawn nor an early dropout, with the credits of its term's share (as for HST), and the
    /// credits of attested passing results examined in the term (as for HPR); a row with credits only takes its
    /// offering from the registration of its latest result.
    /// </summary>
    private async Task<List<string>> ScbByHandAsync(string term)
    {
        var start = term.StartsWith("HT", StringComparison.Ordinal) ? 7 : 1;
        var year = int.Parse(term[2..], CultureInfo.InvariantCulture);
        var (first, last) = ($"make_date({year}, {start}, 1)", $"(make_date({year}, {start}, 1) + interval '6 months')::date - 1");
        await using var dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        await using var command = dataSource.CreateCommand($"""
            WITH {SuhfTerms},
            terms AS (
                SELECT r.student_id, v.course_id, r.kind, v.credits, o.start_date, o.end_date, o.pace_percent, o.study_form, o.place,
                       2 * substr(r.term, 3)::int + (r.term LIKE 'HT%')::int AS own_term,
                       2 * substr(o.term, 3)::int + (o.term LIKE 'HT%')::int AS first_term
                FROM records.registrations r JOIN catalogue.offerings o ON o.id = r.offering_id JOIN catalogue.course_versions v ON v.id = o.course_version_id
                WHERE r.term = '{term}' AND r.withdrawn_on IS NULL AND NOT r.is_early_dropout),
            spans AS (
                SELECT t.*, greatest(t.first_term,
                           (SELECT max(g.term) FROM teaching g WHERE g.starts <= date_trunc('week', t.end_date)::date)) AS last_term
                FROM terms t),
            shares AS (
                SELECT s.*,
                       CASE WHEN s.own_term = s.first_term THEN s.start_date ELSE (SELECT g.starts FROM teaching g WHERE g.term = s.own_term) END
                           AS share_from,
                       CASE WHEN s.own_term = s.last_term THEN s.end_date ELSE (SELECT g.starts FROM teaching g WHERE g.term = s.own_term + 1) - 1 END
                           AS share_to
                FROM spans s),
            -- The term's share by study weeks (ADR 0020): its weeks ÷ the offering's weeks.
            registered AS (
                SELECT s.*, CASE WHEN s.own_term NOT BETWEEN s.first_term AND s.last_term THEN 0
                                 ELSE s.credits * ((date_trunc('week', s.share_to)::date - date_trunc('week', s.share_from)::date) / 7 + 1)::numeric
                                      / ((date_trunc('week', s.end_date)::date - date_trunc('week', s.start_date)::date) / 7 + 1) END AS registered
                FROM shares s),
            completed AS (
                SELECT x.student_id, x.course_id, sum(x.credits) AS completed,
                       (array_agg(x.registration_id ORDER BY x.decided_at DESC, x.id DESC))[1] AS registration_id
                FROM records.results x
                WHERE x.status IN ('Attested', 'RemovalRequested') AND x.is_passing AND x.origin = 'Reported'
                  AND (x.module_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM catalogue.course_modules m WHERE m.course_version_id = x.course_version_id))
                  AND x.examination_date BETWEEN {first} AND {last}
                GROUP BY x.student_id, x.course_id)
            SELECT s.identity_number, c.code, coalesce(r.kind, ''), coalesce(r.registered, 0), coalesce(k.completed, 0), c.level,
                   coalesce(c.subject_group, ''), coalesce(r.pace_percent, o.pace_percent), coalesce(r.study_form, o.study_form),
                   coalesce(r.place, o.place), c.financing_form,
                   EXISTS (SELECT 1 FROM records.fee_paying_terms f WHERE f.student_id = s.id AND f.term = '{term}')
            FROM registered r FULL JOIN completed k ON k.student_id = r.student_id AND k.course_id = r.course_id
            JOIN records.students s ON s.id = coalesce(r.student_id, k.student_id)
            JOIN catalogue.courses c ON c.id = coalesce(r.course_id, k.course_id)
            LEFT JOIN records.registrations g ON g.id = k.registration_id
            LEFT JOIN catalogue.offerings o ON o.id = g.offering_id
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        static string Hp(decimal credits) => Math.Round(credits, 1).ToString("0.0", CultureInfo.InvariantCulture);
        while (await reader.ReadAsync())
        {
            var kind = reader.GetString(2) switch { "FirstTime" => "FFG", "Continuation" => "FO", "Repeat" => "OM", _ => "" };
            rows.Add(string.Join('|', reader.GetString(0), term, reader.GetString(1), kind, Hp(reader.GetDecimal(3)), Hp(reader.GetDecimal(4)),
                reader.GetString(5), reader.GetString(6), reader.GetInt32(7).ToString(CultureInfo.InvariantCulture), reader.GetString(8),
                reader.GetString(9), reader.GetString(10), reader.GetBoolean(11) ? "true" : "false"));
        }
        return rows.Order(StringComparer.Ordinal).ToList();
    }

    private async Task RedeliverEveryEventAsync()
    {
        var services = host.Services;
        var records = services.GetRequiredService<Ladok.Modules.Records.Contracts.IRecordsQueries>();
        var context = new Ladok.Kernel.Events.IntegrationEventContext(Guid.Empty, DateTimeOffset.UtcNow, 1);
        await foreach (var e in records.AllRegistrationsAsync(default)) await services.GetRequiredService<RegistrationRecordedHandler>()
            .HandleAsync(e, context, default);
        await foreach (var e in records.AllDropoutsAsync(default)) await services.GetRequiredService<DropoutRecordedHandler>().HandleAsync(e, context, default);
        await foreach (var e in records.AllWithdrawalsAsync(default)) await services.GetRequiredService<RegistrationWithdrawnHandler>()
            .HandleAsync(e, context, default);
        await foreach (var e in records.AllAttestedResultsAsync(default)) await services.GetRequiredService<ResultAttestedHandler>()
            .HandleAsync(e, context, default);
        await foreach (var e in records.AllRemovedResultsAsync(default)) await services.GetRequiredService<ResultRemovedHandler>()
            .HandleAsync(e, context, default);
        await foreach (var e in records.AllFeePayingTermsAsync(default)) await services.GetRequiredService<FeePayingRecordedHandler>().HandleAsync(e,
            context, default);
    }

    private async Task<Figures> ThroughApiAsync(int year)
    {
        var response = await host.PostAsync(
            "query($year: Int!) { fullTimeEquivalents(year: $year) { hst hpr educationalAreas { area hst hpr } } }", new { year }, "ladokadm");
        var row = response.Data["fullTimeEquivalents"]![0]!;
        var areas = row["educationalAreas"]!.AsArray().Select(a => string.Create(CultureInfo.InvariantCulture,
            $"{a!["area"]!.GetValue<string>()} {a["hst"]!.GetValue<decimal>():0.000} {a["hpr"]!.GetValue<decimal>():0.000}"));
        return new Figures(row["hst"]!.GetValue<decimal>(), row["hpr"]!.GetValue<decimal>(), string.Join("; ", areas));
    }

    /// <summary>The year's funded HST and HPR, and the same per educational area as "area hst hpr; …" by area.</summary>
    private sealed record Figures(decimal Hst, decimal Hpr, string Areas);

    /// <summary>
    /// docs/domain.md and docs/reports.md, written again from the Records and Catalogue tables: HST = Σ credits of FFG and FO
    /// registrations, not early dropouts or withdrawals, each counting the part of the offering within its own term (the
    /// offering's first term from its start, a later one from its SUHF teaching start, each to the next term's, the last to the
    /// offering's end), by the offering's Monday-to-Sunday weeks, a week in the year of its Thursday (ADR 0020), ÷ 60.
    /// HPR = Σ credits of attested passing results examined here (not credit transfers): module results, and course grades of
    /// versions without modules, not removed, by examination date (ADR 0019), ÷ 60. Both only for first- and second-cycle courses that are
    /// not contract education, and not in a term the student pays fees; split by the courses' educational areas.
    /// </summary>
    private async Task<Figures> ByHandAsync(int year)
    {
        var (first, last) = ($"make_date({year}, 1, 1)", $"make_date({year}, 12, 31)");
        await using var dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        await using var command = dataSource.CreateCommand($"""
            WITH {SuhfTerms},
            terms AS (
                SELECT r.id, r.student_id, r.term, r.kind, r.is_early_dropout, r.withdrawn_on, o.course_version_id, o.start_date, o.end_date,
                       2 * substr(r.term, 3)::int + (r.term LIKE 'HT%')::int AS own_term,
                       2 * substr(o.term, 3)::int + (o.term LIKE 'HT%')::int AS first_term
                FROM records.registrations r JOIN catalogue.offerings o ON o.id = r.offering_id
                WHERE o.start_date <= {last} + 7 AND o.end_date >= {first} - 7),
            -- The offering's last term is the one whose teaching runs in its last week, never before its first.
            spans AS (
                SELECT t.*, greatest(t.first_term,
                           (SELECT max(g.term) FROM teaching g WHERE g.starts <= date_trunc('week', t.end_date)::date)) AS last_term
                FROM terms t),
            shares AS (
                SELECT s.*,
                       CASE WHEN s.own_term = s.first_term THEN s.start_date ELSE (SELECT g.starts FROM teaching g WHERE g.term = s.own_term) END
                           AS share_from,
                       CASE WHEN s.own_term = s.last_term THEN s.end_date ELSE (SELECT g.starts FROM teaching g WHERE g.term = s.own_term + 1) - 1 END
                           AS share_to
                FROM spans s WHERE s.own_term BETWEEN s.first_term AND s.last_term),
            -- Each Monday-to-Sunday week of the offering carries an equal part of its credits; a week is the year's of its Thursday.
            weeks AS (
                SELECT s.*,
                       (SELECT count(*) FROM generate_series(date_trunc('week', s.share_from), date_trunc('week', s.share_to), interval '7 days') w
                        WHERE extract(isoyear FROM w) = {year}) AS in_year,
                       (SELECT count(*) FROM generate_series(date_trunc('week', s.start_date), date_trunc('week', s.end_date), interval '7 days'))
                           AS offering_weeks
                FROM shares s),
            hst AS (
                SELECT v.course_id, sum(v.credits * s.in_year / s.offering_weeks) / 60 AS hst
                FROM weeks s JOIN catalogue.course_versions v ON v.id = s.course_version_id JOIN catalogue.courses c ON c.id = v.course_id
                WHERE s.kind IN ('FirstTime', 'Continuation') AND NOT s.is_early_dropout AND s.withdrawn_on IS NULL AND s.in_year > 0
                  AND c.level <> 'Doctoral' AND c.financing_form = 'Ordinary'
                  AND NOT EXISTS (SELECT 1 FROM records.fee_paying_terms f WHERE f.student_id = s.student_id AND f.term = s.term)
                GROUP BY v.course_id),
            hpr AS (
                SELECT x.course_id, sum(x.credits) / 60 AS hpr
                FROM records.results x JOIN catalogue.courses c ON c.id = x.course_id JOIN records.registrations g ON g.id = x.registration_id
                WHERE x.status IN ('Attested', 'RemovalRequested') AND x.is_passing AND x.origin = 'Reported'
                  AND (x.module_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM catalogue.course_modules m WHERE m.course_version_id = x.course_version_id))
                  AND x.examination_date BETWEEN {first} AND {last}
                  AND c.level <> 'Doctoral' AND c.financing_form = 'Ordinary'
                  AND NOT EXISTS (SELECT 1 FROM records.fee_paying_terms f WHERE f.student_id = x.student_id AND f.term = g.term)
                GROUP BY x.course_id),
            courses AS (
                SELECT coalesce(h.course_id, p.course_id) AS course_id, coalesce(h.hst, 0) AS hst, coalesce(p.hpr, 0) AS hpr
                FROM hst h FULL JOIN hpr p ON p.course_id = h.course_id)
            SELECT a.area, sum(k.hst * a.share) AS hst, sum(k.hpr * a.share) AS hpr
            FROM courses k JOIN catalogue.course_educational_areas a ON a.course_id = k.course_id
            GROUP BY a.area ORDER BY a.area COLLATE "C"
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var areas = new List<(string Area, decimal Hst, decimal Hpr)>();
        while (await reader.ReadAsync()) areas.Add((reader.GetString(0), reader.GetDecimal(1), reader.GetDecimal(2)));
        // Every generated course has areas summing to 1, so the areas add up to the whole.
        return new Figures(Math.Round(areas.Sum(a => a.Hst), 3), Math.Round(areas.Sum(a => a.Hpr), 3),
            string.Join("; ", areas.Select(a => string.Create(CultureInfo.InvariantCulture,
                $"{a.Area} {Math.Round(a.Hst, 3):0.000} {Math.Round(a.Hpr, 3):0.000}"))));
    }

    private static Dictionary<string, ScaleSpec> Scales()
    {
        ScaleSpec Scale(string code, string[] passing, string[] failing) =>
            new(Guid.Empty, code, passing.Select(g => new GradeSpec(g, true)).ToArray(), failing.Select(g => new GradeSpec(g, false)).ToArray());
        return new()
        {
            ["U_G"] = Scale("U_G", ["G"], ["U"]),
            ["U_G_VG"] = Scale("U_G_VG", ["G", "VG"], ["U"]),
            ["U_3_4_5"] = Scale("U_3_4_5", ["3", "4", "5"], ["U"]),
            ["A_F"] = Scale("A_F", ["E", "D", "C", "B", "A"], ["F", "Fx"]),
        };
    }
}
