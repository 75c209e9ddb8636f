using System.Globalization;
using System.Runtime.CompilerServices;
using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

/// <summary>The reports the ordinance (SFS 1993:1153) asks for: to SCB per term, to CSN of study results; and UKÄ's funded figures.</summary>
public enum AuthorityReportKind
{
    /// <summary>SCB's individual records: per student, term and course, the registration and credits, with the course's attributes.</summary>
    ScbTerm,

    /// <summary>Every attested result decided in the period, with the student's identity number.</summary>
    CsnResults,

    /// <summary>UKÄ's funded HST and HPR for the period, per educational area (utbildningsområde).</summary>
    UkaFunded,
}

public sealed record ReportColumn(string Name, string Description);

/// <summary>
/// Builds the reports to other authorities from the read model, streaming their rows so a CSV of
/// millions of rows is written in constant memory. Taking one needs <see cref="ReportingPolicies.Export"/>
/// (administrators), and every export is logged (on the primary; the rows are read from the replica when there is one).
/// </summary>
public sealed class AuthorityReports(
    IDbContextFactory<ReportingDbContext> databases, ReadReplica<ReportingDbContext> replica, IRecordsQueries records, ICatalogueQueries catalogue,
    IPermissionQueries permissions, FullTimeEquivalentsReader fullTimeEquivalents, TimeProvider clock)
{
    /// <summary>Rows a GraphQL answer holds; larger reports are taken as CSV.</summary>
    public const int MaxGraphQLRows = 10_000;

    private const int StudentBatch = 1000;

    public static IReadOnlyList<ReportColumn> ColumnsOf(AuthorityReportKind kind) => kind switch
    {
        AuthorityReportKind.ScbTerm =>
        [
            new("identity_number", "Personnummer or samordningsnummer, twelve digits (or an interim number)."),
            new("term", "The term, such as HT2025: the student's registration for it (FO ones too), credits completed in it."),
            new("course_code", "The course's code."),
            new("registration", "FFG (first time on the course), FO (continuation for a later term) or OM (again); empty when only credits were completed."),
            new("registered_credits", "Credits (hp) registered for the term: the course version's credits times the term's share of the offering."),
            new("completed_credits", "Credits (hp) of attested passing results decided in the term, as counted for HPR: no credit transfers."),
            new("level", "Utbildningsnivå: FirstCycle, SecondCycle or Doctoral."),
            new("subject_group", "SCB's ämnesgrupp, such as DA1, as the Catalogue has it when the report is taken; empty until the course is classified."),
            new("educational_areas", "Utbildningsområden with the course's shares, such as NaturalSciences:0.5;Technology:0.5."),
            new("pace_percent", "The offering's pace (studietakt), percent of full time."),
            new("study_form", "The offering's studieform: Campus (normal) or Distance (distans)."),
            new("place", "The offering's studieort; empty when the Catalogue has none."),
            new("financing_form", "Finansieringsform: Ordinary or ContractEducation (uppdragsutbildning)."),
            new("fee_paying", "true when the student pays fees for the term (betalande student)."),
        ],
        AuthorityReportKind.CsnResults =>
        [
            new("identity_number", "Personnummer or samordningsnummer, twelve digits (or an interim number)."),
            new("course_code", "The course's code."),
            new("module_code", "The module's code; empty for a course grade."),
            new("grade", "The grade's code on its scale."),
            new("credits", "Credits (hp) of the module or course; attained only when the grade passes."),
            new("passed", "true when the grade passes."),
            new("decided_on", "The decision date (attestation), ISO 8601."),
        ],
        AuthorityReportKind.UkaFunded =>
        [
            new("period", "The calendar year (2025) or term (HT2025)."),
            new("educational_area", "Utbildningsområde, such as NaturalSciences; a course's figures are split by its shares."),
            new("hst", "Funded full-time equivalent students: first and second cycle, no contract education, no fee-paying student's term."),
            new("hpr", "Funded full-time equivalent performance, by the same rules; credits earned through examination only, no credit transfers."),
            new("correction", "Empty for the period's figures (a closed year's as frozen at the close); on a closed year's correction rows the "
                + "reason (RESULT_ATTESTED_LATE, RESULT_REMOVED, OTHER), with hst and hpr the change since the close."),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string NameOf(AuthorityReportKind kind) => kind switch
    {
        AuthorityReportKind.ScbTerm => "scb-term",
        AuthorityReportKind.CsnResults => "csn-results",
        _ => "uka-funded",
    };

    public static string DescriptionOf(AuthorityReportKind kind) => kind switch
    {
        AuthorityReportKind.ScbTerm => "To SCB: individual records per student, term and course: registration, credits and the course's attributes.",
        AuthorityReportKind.CsnResults => "To CSN: attested results with identity numbers.",
        _ => "To UKÄ: funded HST and HPR per educational area.",
    };

    /// <summary>Reports leave the university's hands: administrators only.</summary>
    public async Task<DomainError?> RequireExportRightAsync(string userId, CancellationToken cancellationToken) =>
        await permissions.HasFunctionAnywhereAsync(userId, ReportingPolicies.Export, cancellationToken)
            ? null
            : DomainError.Of(ReportingReasons.NoExportRight, (Field?)null, ReportingPolicies.Export);

    public static Outcome<ReportingPeriod> PeriodOf(AuthorityReportKind kind, string period) =>
        kind == AuthorityReportKind.ScbTerm && !Term.TryParse(period, out _, out _) ? DomainError.Of(KernelReasons.InvalidTerm, "period", period)
        : kind == AuthorityReportKind.UkaFunded && period.Contains('-', StringComparison.Ordinal)
            ? DomainError.Of(ReportingReasons.PeriodIsSpan, "period", period, NameOf(kind))
        : ReportingPeriod.Parse(period);

    public async IAsyncEnumerable<string[]> RowsAsync(
        AuthorityReportKind kind, ReportingPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = kind switch
        {
            AuthorityReportKind.ScbTerm => ScbTermRowsAsync(period, cancellationToken),
            AuthorityReportKind.CsnResults => CsnRowsAsync(period, cancellationToken),
            _ => UkaFundedRowsAsync(period, cancellationToken),
        };
        await foreach (var row in rows) yield return row;
    }

    /// <summary>Every export is kept: who took which report for which period, in which form, and how many rows.</summary>
    public async Task LogAsync(string report, string period, string format, int rowCount, string userId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.Exports.Add(new ExportRecord(report, period, format, rowCount, userId, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// SCB's individual records (SFS 1993:1153 3 kap. 3 §): one row per student and course with a registration for the term or credits
    /// completed in it. Withdrawn registrations and early dropouts (which count as never started) are not registrations. A row with only
    /// completed credits takes its offering's attributes from the registration the latest result is on.
    /// </summary>
    private async IAsyncEnumerable<string[]> ScbTermRowsAsync(ReportingPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await replica.CreateDbContextAsync(cancellationToken);
        var (first, last, term) = (period.First, period.Last, period.Name);
        var records = db.Database.SqlQuery<ScbRecord>($"""
            WITH registered AS (
                SELECT DISTINCT ON (r.student_id, r.course_id) r.student_id, r.course_id, r.course_code, r.kind, r.level, r.financing_form,
                       r.pace_percent, r.study_form, r.place,
                       CASE WHEN r.covers_from <= r.covers_to
                            THEN r.credits * ((date_trunc('week', r.covers_to)::date - date_trunc('week', r.covers_from)::date) / 7 + 1)::numeric
                                 / ((date_trunc('week', r.end_date)::date - date_trunc('week', r.start_date)::date) / 7 + 1)
                            ELSE 0 END AS credits
                FROM reporting.registrations r
                WHERE r.term = {term} AND NOT r.withdrawn AND NOT r.early_dropout
                ORDER BY r.student_id, r.course_id, r.registration_id DESC),
            completed AS (
                SELECT x.student_id, x.course_id, min(x.course_code) AS course_code, min(x.level) AS level, min(x.financing_form) AS financing_form,
                       sum(x.credits) AS credits, (array_agg(x.registration_id ORDER BY x.decided_on DESC, x.result_id DESC))[1] AS registration_id
                FROM reporting.results x
                WHERE x.is_passing AND x.counts_for_hpr AND x.removed_on IS NULL AND x.examined_on BETWEEN {first} AND {last}
                GROUP BY x.student_id, x.course_id),
            rows AS (
                SELECT coalesce(r.student_id, c.student_id) AS student_id, coalesce(r.course_id, c.course_id) AS course_id,
                       coalesce(r.course_code, c.course_code) AS course_code, r.kind,
                       coalesce(r.credits, 0) AS registered_credits, coalesce(c.credits, 0) AS completed_credits,
                       coalesce(r.level, c.level) AS level, coalesce(r.financing_form, c.financing_form) AS financing_form,
                       coalesce(r.pace_percent, g.pace_percent) AS pace_percent, coalesce(r.study_form, g.study_form, '') AS study_form,
                       coalesce(r.place, g.place, '') AS place
                FROM registered r FULL JOIN completed c ON c.student_id = r.student_id AND c.course_id = r.course_id
                LEFT JOIN reporting.registrations g ON g.registration_id = c.registration_id)
            SELECT w.student_id, w.course_id, w.course_code, w.kind, w.registered_credits, w.completed_credits, w.level, w.financing_form, w.pace_percent,
                   w.study_form, w.place,
                   coalesce((SELECT string_agg(a.area || ':' || trim_scale(a.share)::text, ';' ORDER BY a.area)
                             FROM reporting.course_areas a WHERE a.course_id = w.course_id), '') AS educational_areas,
                   EXISTS (SELECT 1 FROM reporting.fee_paying_terms f WHERE f.student_id = w.student_id AND f.term = {term}) AS fee_paying
            FROM rows w
            ORDER BY w.student_id, w.course_code
            """).AsAsyncEnumerable();
        // Identity numbers come from Records and subject groups from the Catalogue, a thousand records at a time, so memory stays flat.
        var batch = new List<ScbRecord>(StudentBatch);
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            batch.Add(record);
            if (batch.Count < StudentBatch) continue;
            foreach (var row in await ScbBatchAsync(batch, term, cancellationToken)) yield return row;
            batch.Clear();
        }
        foreach (var row in await ScbBatchAsync(batch, term, cancellationToken)) yield return row;
    }

    private async Task<List<string[]>> ScbBatchAsync(List<ScbRecord> batch, string term, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return [];
        var students = await records.GetStudentsAsync(batch.Select(r => r.StudentId).Distinct().ToList(), cancellationToken);
        var courses = await catalogue.GetCoursesAsync(batch.Select(r => r.CourseId).Distinct().ToList(), cancellationToken);
        return batch.Select(r => new[]
        {
            students.GetValueOrDefault(r.StudentId)?.IdentityNumber ?? "", term, r.CourseCode, RegistrationCode(r.Kind), Credits(r.RegisteredCredits),
            Credits(r.CompletedCredits), r.Level, courses.GetValueOrDefault(r.CourseId)?.SubjectGroup ?? "", r.EducationalAreas,
            r.PacePercent?.ToString(CultureInfo.InvariantCulture) ?? "", r.StudyForm, r.Place,
            r.FinancingForm, r.FeePaying ? "true" : "false",
        }).ToList();
    }

    /// <summary>Ladok's codes for the kinds of registration, as SCB's records name them.</summary>
    private static string RegistrationCode(string? kind) => kind switch
    {
        "FirstTime" => "FFG",
        "Continuation" => "FO",
        "Repeat" => "OM",
        _ => "",
    };

    /// <summary>Högskolepoäng to one decimal, as the Catalogue gives them.</summary>
    private static string Credits(decimal credits) => Math.Round(credits, 1).ToString("0.0", CultureInfo.InvariantCulture);

    private async IAsyncEnumerable<string[]> CsnRowsAsync(ReportingPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await replica.CreateDbContextAsync(cancellationToken);
        var results = db.Results.AsNoTracking()
            .Where(r => r.RemovedOn == null && r.DecidedOn >= period.First && r.DecidedOn <= period.Last)
            .OrderBy(r => r.DecidedOn).ThenBy(r => r.ResultId)
            .AsAsyncEnumerable();
        // Identity numbers come from Records, a thousand students at a time, so memory stays flat.
        var batch = new List<ResultFact>(StudentBatch);
        await foreach (var result in results.WithCancellation(cancellationToken))
        {
            batch.Add(result);
            if (batch.Count < StudentBatch) continue;
            foreach (var row in await CsnBatchAsync(batch, cancellationToken)) yield return row;
            batch.Clear();
        }
        foreach (var row in await CsnBatchAsync(batch, cancellationToken)) yield return row;
    }

    private async Task<List<string[]>> CsnBatchAsync(List<ResultFact> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return [];
        var students = await records.GetStudentsAsync(batch.Select(r => r.StudentId).Distinct().ToList(), cancellationToken);
        return batch.Select(r => new[]
        {
            students.GetValueOrDefault(r.StudentId)?.IdentityNumber ?? "", r.CourseCode, r.ModuleCode ?? "", r.Grade,
            r.Credits.ToString(CultureInfo.InvariantCulture), r.IsPassing ? "true" : "false", r.DecidedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList();
    }

    /// <summary>
    /// The whole university's funded figures, summed per educational area from the same figures as <c>fullTimeEquivalents</c>: a closed
    /// year's frozen ones, then its corrections since the close, per reason and area, in rows of their own.
    /// </summary>
    private async IAsyncEnumerable<string[]> UkaFundedRowsAsync(ReportingPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var year = await fullTimeEquivalents.FiguresAsync(period, null, cancellationToken);
        foreach (var area in PerArea(year.Figures)) yield return [period.Name, area.Area, Decimal(area.Hst), Decimal(area.Hpr), ""];
        foreach (var reason in year.Corrections.GroupBy(c => c.Reason).OrderBy(c => c.Key))
        {
            foreach (var area in PerArea(reason.Select(c => c.Figures)).Where(a => a.Hst != 0m || a.Hpr != 0m))
            {
                yield return [period.Name, area.Area, Decimal(area.Hst), Decimal(area.Hpr), CorrectionReasonName(reason.Key)];
            }
        }
    }

    private static IEnumerable<FteAreaFigures> PerArea(IEnumerable<FullTimeEquivalentsReader.DepartmentCourseFigures> figures) =>
        figures.SelectMany(f => f.Areas).GroupBy(a => a.Area, StringComparer.Ordinal).OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new FteAreaFigures(a.Key, Math.Round(a.Sum(f => f.Hst), FullTimeEquivalentsReader.Decimals),
                Math.Round(a.Sum(f => f.Hpr), FullTimeEquivalentsReader.Decimals)));

    /// <summary>The reason as GraphQL writes it (<c>FteCorrectionReason</c>), such as RESULT_ATTESTED_LATE.</summary>
    private static string CorrectionReasonName(FteCorrectionReason reason) => reason switch
    {
        FteCorrectionReason.ResultAttestedLate => "RESULT_ATTESTED_LATE",
        FteCorrectionReason.ResultRemoved => "RESULT_REMOVED",
        _ => "OTHER",
    };

    private static string Decimal(decimal value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Text(long count) => count.ToString(CultureInfo.InvariantCulture);

    private sealed record ScbRecord(
        Guid StudentId, Guid CourseId, string CourseCode, string? Kind, decimal RegisteredCredits, decimal CompletedCredits, string Level, string FinancingForm,
        int? PacePercent, string StudyForm, string Place, string EducationalAreas, bool FeePaying);
}
