using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Reporting.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

/// <summary>How figures are grouped: by department (organisationUnitCode) and/or by course.</summary>
public enum FteGrouping
{
    OrganisationUnit,
    Course,
}

/// <summary>One row of figures: null codes mean "all" for that grouping.</summary>
public sealed record FteRow(string Period, string? OrganisationUnitCode, string? CourseCode, decimal Hst, decimal Hpr);

public sealed record FteQuery(
    int? Year, string? Term, string? OrganisationUnitCode, string? CourseCode, IReadOnlyCollection<FteGrouping> GroupBy, string UserId);

/// <summary>
/// Helårsstudenter and helårsprestationer (docs/domain.md, "Reporting"). HST = Σ credits of FFG and FO
/// registrations ÷ 60, not OM, not early dropouts or withdrawals, each offering's credits spread evenly over its
/// days so one that spans the period's edge counts pro rata. A registration counts only the days it
/// covers: on an offering over several terms, the FFG covers the days until the student's FO for the
/// next term starts (that term's first day), and the FO the rest, so the two add up to the course's
/// credits once. HPR = Σ credits of attested passing
/// results decided in the period ÷ 60 (module results, and course grades of versions without
/// modules). One aggregate query per call, per department and course; departments roll up the
/// organisation tree through the Catalogue. The read model is read from the read replica when there is one
/// (operations.md, "Running N hosts"), so the figures may lag the last attestation by the replica's delay.
/// </summary>
public sealed class FullTimeEquivalentsReader(ReadReplica<ReportingDbContext> databases, ICatalogueQueries catalogue, IPermissionQueries permissions)
{
    public const int Decimals = 3;

    public async Task<Outcome<IReadOnlyList<FteRow>>> ReadAsync(FteQuery query, CancellationToken cancellationToken)
    {
        var period = ReportingPeriod.From(query.Year, query.Term);
        if (!period.Succeeded) return Outcome<IReadOnlyList<FteRow>>.Failure(period.Errors);

        OrganisationUnitInfo? unit = null;
        if (query.OrganisationUnitCode is { } code)
        {
            unit = await catalogue.GetOrganisationUnitAsync(code, cancellationToken);
            if (unit is null) return DomainError.NotFound($"There is no organisation unit {code}.", "organisationUnitCode");
            if (!await permissions.HasFunctionAtAsync(query.UserId, ReportingPolicies.Read, unit.Id, cancellationToken))
            {
                return DomainError.Forbidden(
                    $"Reading figures for {unit.Code} needs {ReportingPolicies.Read} there or at a unit above it.", "organisationUnitCode");
            }
        }

        var figures = await FiguresAsync(period.Value!, query.CourseCode, cancellationToken);
        var departments = new Dictionary<Guid, OrganisationUnitInfo?>();
        foreach (var id in figures.Select(f => f.DepartmentId).Distinct())
        {
            var department = await catalogue.GetOrganisationUnitAsync(id, cancellationToken);
            var inScope = department is not null
                && (unit is null || department.Id == unit.Id || department.Ancestors.Contains(unit.Id))
                && await permissions.HasFunctionAtAsync(query.UserId, ReportingPolicies.Read, id, cancellationToken);
            departments[id] = inScope ? department : null;
        }

        var byUnit = query.GroupBy.Contains(FteGrouping.OrganisationUnit);
        var byCourse = query.GroupBy.Contains(FteGrouping.Course);
        var rows = figures
            .Where(f => departments[f.DepartmentId] is not null)
            .GroupBy(f => (Unit: byUnit ? departments[f.DepartmentId]!.Code : unit?.Code, Course: byCourse ? f.CourseCode : query.CourseCode))
            .Select(g =>
                new FteRow(period.Value!.Name, g.Key.Unit, g.Key.Course, Math.Round(g.Sum(f => f.Hst), Decimals), Math.Round(g.Sum(f => f.Hpr), Decimals)))
            .OrderBy(r => r.OrganisationUnitCode, StringComparer.Ordinal).ThenBy(r => r.CourseCode, StringComparer.Ordinal)
            .ToList();
        // Without grouping the answer is one row, even when nothing counts.
        return rows.Count == 0 && !byUnit && !byCourse
            ? Outcome<IReadOnlyList<FteRow>>.Success([new FteRow(period.Value!.Name, unit?.Code, query.CourseCode, 0m, 0m)])
            : Outcome<IReadOnlyList<FteRow>>.Success(rows);
    }

    private async Task<List<DepartmentCourseFigures>> FiguresAsync(ReportingPeriod period, string? courseCode, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (first, last) = (period.First, period.Last);
        return await db.Database.SqlQuery<DepartmentCourseFigures>($"""
            WITH covered AS (
                -- Each registration covers its offering from covers_from until the student's next registration on it takes over.
                SELECT department_id, course_code, kind, early_dropout, withdrawn, credits, start_date, end_date, covers_from,
                       coalesce(min(covers_from) OVER (PARTITION BY student_id, offering_id ORDER BY covers_from
                                                      RANGE BETWEEN '1 day'::interval FOLLOWING AND UNBOUNDED FOLLOWING) - 1, end_date) AS covers_to
                FROM reporting.registrations
                WHERE start_date <= {last} AND end_date >= {first} AND ({courseCode}::text IS NULL OR course_code = {courseCode})),
            hst AS (
                SELECT department_id, course_code,
                       sum(credits * (least(covers_to, {last}) - greatest(covers_from, {first}) + 1)::numeric / (end_date - start_date + 1)) / 60 AS hst
                FROM covered
                WHERE kind IN ('FirstTime', 'Continuation') AND NOT early_dropout AND NOT withdrawn AND covers_from <= {last} AND covers_to >= {first}
                GROUP BY department_id, course_code),
            hpr AS (
                SELECT department_id, course_code, sum(credits) / 60 AS hpr
                FROM reporting.results
                WHERE is_passing AND counts_for_hpr AND removed_on IS NULL
                  AND decided_on BETWEEN {first} AND {last} AND ({courseCode}::text IS NULL OR course_code = {courseCode})
                GROUP BY department_id, course_code)
            SELECT coalesce(h.department_id, p.department_id) AS department_id, coalesce(h.course_code, p.course_code) AS course_code,
                   coalesce(h.hst, 0) AS hst, coalesce(p.hpr, 0) AS hpr
            FROM hst h FULL JOIN hpr p ON p.department_id = h.department_id AND p.course_code = h.course_code
            """).ToListAsync(cancellationToken);
    }

    private sealed record DepartmentCourseFigures(Guid DepartmentId, string CourseCode, decimal Hst, decimal Hpr);
}
