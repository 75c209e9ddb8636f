using Ladok.Kernel.Data;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;
using static Ladok.Modules.Reporting.Application.FullTimeEquivalentsReader;

namespace Ladok.Modules.Reporting.Application;

/// <summary>Why a closed year's figures moved after its close (ADR 0019).</summary>
public enum FteCorrectionReason
{
    /// <summary>A result examined in the year was attested after the close: its HPR is added.</summary>
    ResultAttestedLate,

    /// <summary>A result in the frozen figures was removed after the close: its HPR is taken away.</summary>
    ResultRemoved,

    /// <summary>
    /// Everything else that moved since the close: registrations recorded, removed or dropped out early after it (HST), fee-paying
    /// terms, a course's level, financing form or areas in the Catalogue, a result attested before the close whose event reached
    /// the read model after it.
    /// </summary>
    Other,
}

/// <summary>One reason's change to one department's course since the close, unrounded.</summary>
internal sealed record CorrectionFigures(FteCorrectionReason Reason, DepartmentCourseFigures Figures);

/// <summary>
/// A closed year's figures as frozen at the close, and the corrections since: live figures minus frozen ones per department,
/// course and area, explained as results attested late or removed where the results' decision and removal instants tell it,
/// the rest as <see cref="FteCorrectionReason.Other"/>. So frozen plus every correction is always the live figure.
/// </summary>
internal sealed class ClosedYearFigures(ReadReplica<ReportingDbContext> databases)
{
    public async Task<ClosedYear?> FindAsync(int year, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.ClosedYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, cancellationToken);
    }

    public async Task<List<DepartmentCourseFigures>> FrozenAsync(int year, string? courseCode, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var figures = await db.FrozenFigures.AsNoTracking()
            .Where(f => f.Year == year && (courseCode == null || f.CourseCode == courseCode)).ToListAsync(cancellationToken);
        var areas = (await db.FrozenAreaFigures.AsNoTracking()
                .Where(a => a.Year == year && (courseCode == null || a.CourseCode == courseCode)).ToListAsync(cancellationToken))
            .ToLookup(a => (a.DepartmentId, a.CourseCode));
        return figures.Select(f => new DepartmentCourseFigures(f.DepartmentId, f.CourseCode, f.Hst, f.Hpr,
            areas[(f.DepartmentId, f.CourseCode)].Select(a => new FteAreaFigures(a.Area, a.Hst, a.Hpr)).ToList())).ToList();
    }

    public async Task<List<CorrectionFigures>> CorrectionsAsync(
        ClosedYear closed, ReportingPeriod period, string? courseCode, IReadOnlyList<DepartmentCourseFigures> live,
        IReadOnlyList<DepartmentCourseFigures> frozen, CancellationToken cancellationToken)
    {
        var explained = await ResultCorrectionsAsync(closed, period, courseCode, cancellationToken);
        var other = Difference(live, frozen.Concat(explained.Select(c => c.Figures)))
            .Select(f => new CorrectionFigures(FteCorrectionReason.Other, f));
        return [.. explained, .. other];
    }

    /// <summary>
    /// Results in the year's HPR by the same rules as the live figures (examined in the year, funded, passing, no credit
    /// transfers) that the frozen figures lack (attested after the close, not removed) or still hold (attested before it,
    /// removed after).
    /// </summary>
    private async Task<List<CorrectionFigures>> ResultCorrectionsAsync(
        ClosedYear closed, ReportingPeriod period, string? courseCode, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (first, last, closedAt) = (period.First, period.Last, closed.ClosedAt);
        var rows = await db.Database.SqlQuery<ResultCorrectionRow>($"""
            WITH moved AS (
                SELECT x.department_id, x.course_id, x.course_code, x.decided_at > {closedAt} AS attested_late, x.credits
                FROM reporting.results x LEFT JOIN reporting.registrations g ON g.registration_id = x.registration_id
                WHERE x.is_passing AND x.counts_for_hpr
                  AND ((x.decided_at > {closedAt} AND x.removed_at IS NULL) OR (x.decided_at <= {closedAt} AND x.removed_at > {closedAt}))
                  AND x.examined_on BETWEEN {first} AND {last} AND ({courseCode}::text IS NULL OR x.course_code = {courseCode})
                  AND x.level <> 'Doctoral' AND x.financing_form = 'Ordinary'
                  AND NOT EXISTS (SELECT 1 FROM reporting.fee_paying_terms f WHERE f.student_id = x.student_id AND f.term = g.term)),
            summed AS (
                SELECT department_id, course_id, course_code, attested_late,
                       sum(CASE WHEN attested_late THEN credits ELSE -credits END) / 60 AS hpr
                FROM moved GROUP BY department_id, course_id, course_code, attested_late)
            SELECT m.department_id, m.course_code, m.attested_late, m.hpr, a.area, a.share
            FROM summed m LEFT JOIN reporting.course_areas a ON a.course_id = m.course_id
            """).ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.DepartmentId, r.CourseCode, r.AttestedLate))
            .Select(g => new CorrectionFigures(
                g.Key.AttestedLate ? FteCorrectionReason.ResultAttestedLate : FteCorrectionReason.ResultRemoved,
                new DepartmentCourseFigures(g.Key.DepartmentId, g.Key.CourseCode, 0m, g.First().Hpr,
                    g.Where(a => a.Area is not null).Select(a => new FteAreaFigures(a.Area!, 0m, a.Hpr * a.Share!.Value)).ToList())))
            .ToList();
    }

    /// <summary>What <paramref name="live"/> holds beyond <paramref name="accounted"/>, per department, course and area; nothing where they agree.</summary>
    private static IEnumerable<DepartmentCourseFigures> Difference(
        IEnumerable<DepartmentCourseFigures> live, IEnumerable<DepartmentCourseFigures> accounted)
    {
        var signed = live.Select(f => (Sign: 1m, Figures: f)).Concat(accounted.Select(f => (Sign: -1m, Figures: f)));
        foreach (var course in signed.GroupBy(s => (s.Figures.DepartmentId, s.Figures.CourseCode)))
        {
            var areas = course.SelectMany(s => s.Figures.Areas.Select(a => (s.Sign, Area: a)))
                .GroupBy(a => a.Area.Area, StringComparer.Ordinal)
                .Select(a => new FteAreaFigures(a.Key, a.Sum(x => x.Sign * x.Area.Hst), a.Sum(x => x.Sign * x.Area.Hpr)))
                .Where(a => a.Hst != 0m || a.Hpr != 0m).ToList();
            var (hst, hpr) = (course.Sum(s => s.Sign * s.Figures.Hst), course.Sum(s => s.Sign * s.Figures.Hpr));
            if (hst != 0m || hpr != 0m || areas.Count > 0) yield return new(course.Key.DepartmentId, course.Key.CourseCode, hst, hpr, areas);
        }
    }

    private sealed record ResultCorrectionRow(Guid DepartmentId, string CourseCode, bool AttestedLate, decimal Hpr, string? Area, decimal? Share);
}
