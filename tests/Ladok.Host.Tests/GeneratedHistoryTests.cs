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

        // Two-term courses: one offering, the FFG in its autumn term and the FO in its spring term.
        Assert.True(await host.ScalarAsync<long>("""
            SELECT count(*) FROM records.registrations f JOIN records.registrations c ON c.student_id = f.student_id AND c.offering_id = f.offering_id
            WHERE f.kind = 'FirstTime' AND f.term LIKE 'HT%' AND c.kind = 'Continuation' AND c.term = 'VT' || (substr(f.term, 3)::int + 1)
            """) > 0);

        await using var dataSource = NpgsqlDataSource.Create(host.ConnectionString);
        await using var command = dataSource.CreateCommand("SELECT identity_number FROM records.students WHERE created_by = 'generator'");
        await using var reader = await command.ExecuteReaderAsync();
        var numbers = new List<string>();
        while (await reader.ReadAsync()) numbers.Add(reader.GetString(0));
        Assert.Equal(students, numbers.Count);
        Assert.All(numbers, n => Assert.True(PersonalIdentityNumber.IsValid(n), n));
    }

    [Fact]
    public async Task HST_and_HPR_through_the_API_equal_hand_written_SQL_and_stay_the_same_after_a_rebuild_a_redelivery_and_event_by_event_handling()
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
        await host.ExecuteAsync("TRUNCATE reporting.registrations, reporting.results");
        await RedeliverEveryEventAsync();
        Assert.Equal(before, await Task.WhenAll(Years.Select(ThroughApiAsync)));
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
    }

    private async Task<(decimal Hst, decimal Hpr)> ThroughApiAsync(int year)
    {
        var response = await host.PostAsync("query($year: Int!) { fullTimeEquivalents(year: $year) { hst hpr } }", new { year }, "ladokadm");
        var row = response.Data["fullTimeEquivalents"]![0]!;
        return (row["hst"]!.GetValue<decimal>(), row["hpr"]!.GetValue<decimal>());
    }

    /// <summary>
    /// docs/domain.md: HST = Σ credits of FFG and FO registrations, not early dropouts or withdrawals, pro
    /// rata by the offering's days in the year, each registration counting only its own share of an
    /// offering over several terms, ÷ 60; HPR = Σ credits of attested passing module results
    /// (and course grades of versions without modules), not removed, by decision date, ÷ 60.
    /// </summary>
    private async Task<(decimal Hst, decimal Hpr)> ByHandAsync(int year)
    {
        var (first, last) = ($"make_date({year}, 1, 1)", $"make_date({year}, 12, 31)");
        // A registration's share starts at its term's first day (HT 1 July, VT 1 January) when that falls after the
        // offering's start and within it, else at the start; it ends the day before the student's next share on the offering.
        var hst = await host.ScalarAsync<decimal>($"""
            WITH shares AS (
                SELECT r.id, r.student_id, r.offering_id, r.kind, r.is_early_dropout, r.withdrawn_on, v.credits, o.start_date, o.end_date,
                       CASE WHEN t.first_day > o.start_date AND t.first_day <= o.end_date THEN t.first_day ELSE o.start_date END AS from_day
                FROM records.registrations r JOIN catalogue.offerings o ON o.id = r.offering_id JOIN catalogue.course_versions v ON v.id = o.course_version_id,
                     LATERAL (SELECT make_date(substr(r.term, 3)::int, CASE WHEN r.term LIKE 'HT%' THEN 7 ELSE 1 END, 1) AS first_day) t
                WHERE o.start_date <= {last} AND o.end_date >= {first}),
            ends AS (
                SELECT s.id, coalesce(min(n.from_day) - 1, s.end_date) AS to_day
                FROM shares s LEFT JOIN shares n ON n.student_id = s.student_id AND n.offering_id = s.offering_id AND n.from_day > s.from_day
                GROUP BY s.id, s.end_date)
            SELECT coalesce(round(sum(s.credits * (least(e.to_day, {last}) - greatest(s.from_day,
                {first}) + 1)::numeric / (s.end_date - s.start_date + 1)) / 60, 3), 0)
            FROM shares s JOIN ends e ON e.id = s.id
            WHERE s.kind IN ('FirstTime', 'Continuation') AND NOT s.is_early_dropout AND s.withdrawn_on IS NULL AND s.from_day <= {last} AND e.to_day >= {first}
            """);
        var hpr = await host.ScalarAsync<decimal>($"""
            SELECT coalesce(round(sum(r.credits) / 60, 3), 0) FROM records.results r
            WHERE r.status IN ('Attested', 'RemovalRequested') AND r.is_passing
              AND (r.module_id IS NOT NULL OR NOT EXISTS (SELECT 1 FROM catalogue.course_modules m WHERE m.course_version_id = r.course_version_id))
              AND (r.decided_at AT TIME ZONE current_setting('TimeZone'))::date BETWEEN {first} AND {last}
            """);
        return (hst, hpr);
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
