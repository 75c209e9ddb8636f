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

/// <summary>
/// One row of figures: null codes mean "all" for that grouping. <see cref="EducationalAreas"/> splits them by the courses' areas. For a
/// closed year the figures are those frozen at the close, and <see cref="Corrections"/> what moved since.
/// </summary>
public sealed record FteRow(string Period, string? OrganisationUnitCode, string? CourseCode, decimal Hst, decimal Hpr)
{
    /// <summary>The row's figures per educational area (utbildningsområde), by area; courses the Catalogue gives no areas are left out.</summary>
    public IReadOnlyList<FteAreaFigures> EducationalAreas { get; init; } = [];

    /// <summary>True when the period is a closed year: the figures are frozen.</summary>
    public bool Closed { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>A closed year's changes since the close, per reason; frozen figures plus corrections are the live figures.</summary>
    public IReadOnlyList<FteCorrection> Corrections { get; init; } = [];

    public bool Equals(FteRow? other) =>
        other is not null
        && (Period, OrganisationUnitCode, CourseCode, Hst, Hpr) == (other.Period, other.OrganisationUnitCode, other.CourseCode, other.Hst, other.Hpr)
        && (Closed, ClosedAt) == (other.Closed, other.ClosedAt)
        && EducationalAreas.SequenceEqual(other.EducationalAreas) && Corrections.SequenceEqual(other.Corrections);

    public override int GetHashCode() => HashCode.Combine(Period, OrganisationUnitCode, CourseCode, Hst, Hpr, EducationalAreas.Count, Closed);
}

/// <summary>A closed year's change since the close for one reason: HST and HPR to add to the frozen figures (negative to take away).</summary>
public sealed record FteCorrection(FteCorrectionReason Reason, decimal Hst, decimal Hpr)
{
    /// <summary>The same per educational area; areas that did not move are left out.</summary>
    public IReadOnlyList<FteAreaFigures> EducationalAreas { get; init; } = [];

    public bool Equals(FteCorrection? other) =>
        other is not null && (Reason, Hst, Hpr) == (other.Reason, other.Hst, other.Hpr) && EducationalAreas.SequenceEqual(other.EducationalAreas);

    public override int GetHashCode() => HashCode.Combine(Reason, Hst, Hpr, EducationalAreas.Count);
}

/// <summary>Funded HST and HPR in one educational area (utbildningsområde), such as NaturalSciences.</summary>
public sealed record FteAreaFigures(string Area, decimal Hst, decimal Hpr);

public sealed record FteQuery(
    int? Year, string? Term, string? OrganisationUnitCode, string? CourseCode, IReadOnlyCollection<FteGrouping> GroupBy, string UserId);

/// <summary>
/// Funded helårsstudenter and helårsprestationer (docs/domain.md, "Reporting"). HST = Σ credits of FFG and FO
/// registrations ÷ 60, not OM, not early dropouts or withdrawals, each offering's credits spread evenly over its
/// study weeks so one that spans the new year counts its weeks in each (ADR 0020). A registration counts only its own term's share
/// of an offering over several terms (<see cref="Facts.TermShare"/>): a term without a registration brings
/// nothing. HPR = Σ credits of attested passing results examined in the period ÷ 60 (module results, and course
/// grades of versions without modules; no credit transfers). Both leave out doctoral courses, contract
/// education and a fee-paying student's terms, and are split per educational area by the courses' shares.
/// One aggregate query per call, per department, course and area; departments roll up the
/// organisation tree through the Catalogue. The read model is read from the read replica when there is one
/// (operations.md, "Running N hosts"), so the figures may lag the last attestation by the replica's delay. A closed year
/// answers with its frozen figures and the corrections since (ADR 0019).
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
            if (unit is null) return DomainError.Of(KernelReasons.OrganisationUnitNotFound, "organisationUnitCode", code);
            if (!await permissions.HasFunctionAtAsync(query.UserId, ReportingPolicies.Read, unit.Id, cancellationToken))
            {
                return DomainError.Of(ReportingReasons.NoReadRightAtUnit, "organisationUnitCode", unit.Code, ReportingPolicies.Read);
            }
        }

        var year = await FiguresAsync(period.Value!, query.CourseCode, cancellationToken);
        var departments = new Dictionary<Guid, OrganisationUnitInfo?>();
        foreach (var id in year.Figures.Concat(year.Corrections.Select(c => c.Figures)).Select(f => f.DepartmentId).Distinct())
        {
            var department = await catalogue.GetOrganisationUnitAsync(id, cancellationToken);
            var inScope = department is not null
                && (unit is null || department.Id == unit.Id || department.Ancestors.Contains(unit.Id))
                && await permissions.HasFunctionAtAsync(query.UserId, ReportingPolicies.Read, id, cancellationToken);
            departments[id] = inScope ? department : null;
        }

        var byUnit = query.GroupBy.Contains(FteGrouping.OrganisationUnit);
        var byCourse = query.GroupBy.Contains(FteGrouping.Course);
        (string? Unit, string? Course) KeyOf(DepartmentCourseFigures f) =>
            (byUnit ? departments[f.DepartmentId]!.Code : unit?.Code, byCourse ? f.CourseCode : query.CourseCode);
        var figures = year.Figures.Where(f => departments[f.DepartmentId] is not null).ToLookup(KeyOf);
        var corrections = year.Corrections.Where(c => departments[c.Figures.DepartmentId] is not null).ToLookup(c => KeyOf(c.Figures));
        var blank = new FteRow(period.Value!.Name, unit?.Code, query.CourseCode, 0m, 0m)
        {
            Closed = year.Closed is not null, ClosedAt = year.Closed?.ClosedAt,
        };
        var rows = figures.Select(g => g.Key).Union(corrections.Select(g => g.Key))
            .Select(key => blank with
            {
                OrganisationUnitCode = key.Unit, CourseCode = key.Course,
                Hst = Round(figures[key].Sum(f => f.Hst)), Hpr = Round(figures[key].Sum(f => f.Hpr)), EducationalAreas = Areas(figures[key]),
                Corrections = corrections[key].GroupBy(c => c.Reason).OrderBy(c => c.Key)
                    .Select(c => new FteCorrection(c.Key, Round(c.Sum(f => f.Figures.Hst)), Round(c.Sum(f => f.Figures.Hpr)))
                    {
                        EducationalAreas = Areas(c.Select(f => f.Figures)).Where(a => a.Hst != 0m || a.Hpr != 0m).ToList(),
                    })
                    .Where(c => c.Hst != 0m || c.Hpr != 0m || c.EducationalAreas.Count > 0).ToList(),
            })
            // A department or course that only moved by less than the rounding shows nothing.
            .Where(r => figures.Contains((r.OrganisationUnitCode, r.CourseCode)) || r.Corrections.Count > 0)
            .OrderBy(r => r.OrganisationUnitCode, StringComparer.Ordinal).ThenBy(r => r.CourseCode, StringComparer.Ordinal)
            .ToList();
        // Without grouping the answer is one row, even when nothing counts.
        return rows.Count == 0 && !byUnit && !byCourse
            ? Outcome<IReadOnlyList<FteRow>>.Success([blank])
            : Outcome<IReadOnlyList<FteRow>>.Success(rows);
    }

    /// <summary>Figures per educational area, summed over departments and courses and rounded, by area.</summary>
    private static List<FteAreaFigures> Areas(IEnumerable<DepartmentCourseFigures> figures) =>
        figures.SelectMany(f => f.Areas).GroupBy(a => a.Area, StringComparer.Ordinal).OrderBy(a => a.Key, StringComparer.Ordinal)
            .Select(a => new FteAreaFigures(a.Key, Round(a.Sum(f => f.Hst)), Round(a.Sum(f => f.Hpr)))).ToList();

    /// <summary>
    /// A period's figures per department and course: the live ones, or for a closed year those frozen at the close with the
    /// corrections since (ADR 0019). The <c>UKA_FUNDED</c> report reads the same.
    /// </summary>
    internal async Task<YearFigures> FiguresAsync(ReportingPeriod period, string? courseCode, CancellationToken cancellationToken)
    {
        var live = await FundedFiguresAsync(period, courseCode, cancellationToken);
        var closedYears = new ClosedYearFigures(databases);
        var closed = period.CalendarYear is { } year ? await closedYears.FindAsync(year, cancellationToken) : null;
        if (closed is null) return new YearFigures(null, live, []);

        var frozen = await closedYears.FrozenAsync(closed.Year, courseCode, cancellationToken);
        return new YearFigures(closed, frozen, await closedYears.CorrectionsAsync(closed, period, courseCode, live, frozen, cancellationToken));
    }

    internal sealed record YearFigures(ClosedYear? Closed, List<DepartmentCourseFigures> Figures, List<CorrectionFigures> Corrections);

    private static decimal Round(decimal value) => Math.Round(value, Decimals);

    /// <summary>
    /// Funded figures per department and course, each course's split by its educational areas' shares. Funded is UKÄ's:
    /// first- and second-cycle courses paid by the state's grant, so doctoral courses and contract education
    /// (uppdragsutbildning) are left out, and so is a student's term in which they pay fees.
    /// </summary>
    internal async Task<List<DepartmentCourseFigures>> FundedFiguresAsync(ReportingPeriod period, string? courseCode, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await FundedFiguresAsync(db, period, courseCode, cancellationToken);
    }

    /// <summary>The same on <paramref name="db"/>: closing a year reads them from the primary.</summary>
    internal static async Task<List<DepartmentCourseFigures>> FundedFiguresAsync(
        ReportingDbContext db, ReportingPeriod period, string? courseCode, CancellationToken cancellationToken)
    {
        var (first, last) = (period.First, period.Last);
        var (firstWeek, lastWeek, term) = (period.StudyWeekMondays.First, period.StudyWeekMondays.Last, period.TermName);
        // HST by study weeks (ADR 0020): each of the offering's weeks carries an equal part of its credits; a registration brings
        // the weeks of its term share that fall in the period, a week in the year of its Thursday; a term its registrations' shares.
        var rows = await db.Database.SqlQuery<AreaFigures>($"""
            WITH hst AS (
                SELECT r.department_id, r.course_id, r.course_code,
                       sum(r.credits * ((least(date_trunc('week', r.covers_to)::date, {lastWeek})
                                         - greatest(date_trunc('week', r.covers_from)::date, {firstWeek})) / 7 + 1)::numeric
                           / ((date_trunc('week', r.end_date)::date - date_trunc('week', r.start_date)::date) / 7 + 1)) / 60 AS hst
                FROM reporting.registrations r
                WHERE r.start_date < {lastWeek} + 7 AND r.end_date >= {firstWeek}
                  AND ({courseCode}::text IS NULL OR r.course_code = {courseCode}) AND ({term}::text IS NULL OR r.term = {term})
                  AND r.kind IN ('FirstTime', 'Continuation') AND NOT r.early_dropout AND NOT r.withdrawn
                  AND date_trunc('week', r.covers_from)::date <= {lastWeek} AND date_trunc('week', r.covers_to)::date >= {firstWeek}
                  AND r.covers_from <= r.covers_to
                  AND r.level <> 'Doctoral' AND r.financing_form = 'Ordinary'
                  AND NOT EXISTS (SELECT 1 FROM reporting.fee_paying_terms f WHERE f.student_id = r.student_id AND f.term = r.term)
                GROUP BY r.department_id, r.course_id, r.course_code),
            hpr AS (
                SELECT x.department_id, x.course_id, x.course_code, sum(x.credits) / 60 AS hpr
                FROM reporting.results x LEFT JOIN reporting.registrations g ON g.registration_id = x.registration_id
                WHERE x.is_passing AND x.counts_for_hpr AND x.removed_on IS NULL
                  AND x.examined_on BETWEEN {first} AND {last} AND ({courseCode}::text IS NULL OR x.course_code = {courseCode})
                  AND x.level <> 'Doctoral' AND x.financing_form = 'Ordinary'
                  AND NOT EXISTS (SELECT 1 FROM reporting.fee_paying_terms f WHERE f.student_id = x.student_id AND f.term = g.term)
                GROUP BY x.department_id, x.course_id, x.course_code),
            figures AS (
                SELECT coalesce(h.department_id, p.department_id) AS department_id, coalesce(h.course_id, p.course_id) AS course_id,
                       coalesce(h.course_code, p.course_code) AS course_code, coalesce(h.hst, 0) AS hst, coalesce(p.hpr, 0) AS hpr
                FROM hst h FULL JOIN hpr p ON p.department_id = h.department_id AND p.course_id = h.course_id)
            SELECT f.department_id, f.course_code, f.hst, f.hpr, a.area, a.share
            FROM figures f LEFT JOIN reporting.course_areas a ON a.course_id = f.course_id
            """).ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.DepartmentId, r.CourseCode))
            .Select(g => new DepartmentCourseFigures(g.Key.DepartmentId, g.Key.CourseCode, g.First().Hst, g.First().Hpr,
                g.Where(a => a.Area is not null).Select(a => new FteAreaFigures(a.Area!, a.Hst * a.Share!.Value, a.Hpr * a.Share.Value)).ToList()))
            .ToList();
    }

    private sealed record AreaFigures(Guid DepartmentId, string CourseCode, decimal Hst, decimal Hpr, string? Area, decimal? Share);

    internal sealed record DepartmentCourseFigures(Guid DepartmentId, string CourseCode, decimal Hst, decimal Hpr, IReadOnlyList<FteAreaFigures> Areas);
}
