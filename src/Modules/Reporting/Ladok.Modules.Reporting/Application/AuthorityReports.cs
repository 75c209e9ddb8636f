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
    /// <summary>Registrations per term by course and level, and the credits completed in the term.</summary>
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
    IDbContextFactory<ReportingDbContext> databases, ReadReplica<ReportingDbContext> replica, ICatalogueQueries catalogue, IRecordsQueries records,
    IPermissionQueries permissions, FullTimeEquivalentsReader fullTimeEquivalents, TimeProvider clock)
{
    /// <summary>Rows a GraphQL answer holds; larger reports are taken as CSV.</summary>
    public const int MaxGraphQLRows = 10_000;

    private const int StudentBatch = 1000;

    public static IReadOnlyList<ReportColumn> ColumnsOf(AuthorityReportKind kind) => kind switch
    {
        AuthorityReportKind.ScbTerm =>
        [
            new("term", "The term, such as HT2025: registrations for it (FO ones too, on offerings over several terms), credits completed in it."),
            new("course_code", "The course's code."),
            new("level", "Utbildningsnivå: FirstCycle, SecondCycle or Doctoral."),
            new("first_time", "Registrations FFG (first time on the course)."),
            new("continuation", "Registrations FO (continuation on a course spanning terms)."),
            new("repeat", "Registrations OM (again on a course already taken)."),
            new("completed_credits", "Credits (hp) of attested passing results decided in the term, as counted for HPR."),
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
        AuthorityReportKind.ScbTerm => "To SCB: registrations per term by course and level, and completed credits.",
        AuthorityReportKind.CsnResults => "To CSN: attested results with identity numbers.",
        _ => "To UKÄ: funded HST and HPR per educational area.",
    };

    /// <summary>Reports leave the university's hands: administrators only.</summary>
    public async Task<DomainError?> RequireExportRightAsync(string userId, CancellationToken cancellationToken) =>
        await permissions.HasFunctionAnywhereAsync(userId, ReportingPolicies.Export, cancellationToken)
            ? null
            : DomainError.Forbidden($"Reports need {ReportingPolicies.Export} (the administrator profile).");

    public static Outcome<ReportingPeriod> PeriodOf(AuthorityReportKind kind, string period) =>
        kind == AuthorityReportKind.ScbTerm && !Term.TryParse(period, out _, out var termError) ? DomainError.Validation(termError, "period")
        : kind == AuthorityReportKind.UkaFunded && period.Contains('-', StringComparison.Ordinal)
            ? DomainError.Validation($"'{period}' is a span of years; {NameOf(kind)} takes a year (2025) or a term (HT2025).", "period")
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

    private async IAsyncEnumerable<string[]> ScbTermRowsAsync(ReportingPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await replica.CreateDbContextAsync(cancellationToken);
        var (first, last, term) = (period.First, period.Last, period.Name);
        var figures = await db.Database.SqlQuery<ScbFigures>($"""
            WITH registered AS (
                SELECT course_id, course_code,
                       count(*) FILTER (WHERE kind = 'FirstTime') AS first_time,
                       count(*) FILTER (WHERE kind = 'Continuation') AS continuation,
                       count(*) FILTER (WHERE kind = 'Repeat') AS repeat
                FROM reporting.registrations WHERE term = {term} AND NOT withdrawn
                GROUP BY course_id, course_code),
            completed AS (
                SELECT course_id, course_code, sum(credits) AS credits
                FROM reporting.results
                WHERE is_passing AND counts_for_hpr AND removed_on IS NULL AND decided_on BETWEEN {first} AND {last}
                GROUP BY course_id, course_code)
            SELECT coalesce(r.course_id, c.course_id) AS course_id, coalesce(r.course_code, c.course_code) AS course_code,
                   coalesce(r.first_time, 0) AS first_time, coalesce(r.continuation, 0) AS continuation, coalesce(r.repeat, 0) AS repeat,
                   coalesce(c.credits, 0) AS completed_credits
            FROM registered r FULL JOIN completed c ON c.course_id = r.course_id
            ORDER BY 2
            """).ToListAsync(cancellationToken);
        var courses = await catalogue.GetCoursesAsync(figures.Select(f => f.CourseId).ToList(), cancellationToken);
        foreach (var f in figures)
        {
            yield return
            [
                term, f.CourseCode, courses.GetValueOrDefault(f.CourseId)?.Level ?? "",
                Text(f.FirstTime), Text(f.Continuation), Text(f.Repeat), f.CompletedCredits.ToString(CultureInfo.InvariantCulture),
            ];
        }
    }

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

    private sealed record ScbFigures(Guid CourseId, string CourseCode, long FirstTime, long Continuation, long Repeat, decimal CompletedCredits);
}
