using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

/// <summary>
/// The Catalogue's reads. Each call opens its own short-lived context, so sibling GraphQL
/// fields can run in parallel; the <c>…ByIds</c> methods serve the batch loaders.
/// </summary>
public sealed class CatalogueReader(IDbContextFactory<CatalogueDbContext> databases)
{
    public Task<List<OrganisationUnit>> OrganisationUnitsAsync(CancellationToken cancellationToken) =>
        ReadAsync(db => db.OrganisationUnits.OrderBy(u => u.Kind).ThenBy(u => u.Code).ToListAsync(cancellationToken), cancellationToken);

    public Task<List<GradingScale>> GradingScalesAsync(CancellationToken cancellationToken) =>
        ReadAsync(db => db.GradingScales.OrderBy(s => s.Code).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Courses by code or name (case-insensitive; the code from its start, names anywhere),
    /// given by the unit or any unit below it.
    /// </summary>
    /// <summary>
    /// Courses by code; given a <paramref name="term"/>, only those with an offering in it: starting in it, or started earlier and still
    /// running when its teaching starts (the later terms of an offering over several terms).
    /// </summary>
    public async Task<Connection<Course>> CoursesAsync(
        string? search, string? organisationUnitCode, Term? term, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var courses = db.Courses.AsNoTracking();

        if (term is { } given)
        {
            var (firstDay, teachingStart) = (given.FirstDay, given.TeachingStart);
            courses = courses.Where(c => (from offering in db.Offerings
                                          join version in db.CourseVersions on offering.CourseVersionId equals version.Id
                                          where version.CourseId == c.Id
                                              && (offering.Term == given || (offering.StartDate < firstDay && offering.EndDate >= teachingStart))
                                          select offering).Any());
        }

        if (!string.IsNullOrWhiteSpace(organisationUnitCode))
        {
            var units = await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken);
            var root = units.SingleOrDefault(u => u.Code == CatalogueRules.Normalise(organisationUnitCode));
            var subtree = root is null ? [] : Subtree(units, root.Id);
            courses = courses.Where(c => subtree.Contains(c.DepartmentId));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var escaped = search.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal);
            // The escape character is named: without it Npgsql's ILike treats the backslashes literally.
            courses = courses.Where(c => EF.Functions.ILike(c.Code, escaped + "%", @"\")
                || EF.Functions.ILike(c.NameSv, "%" + escaped + "%", @"\")
                || EF.Functions.ILike(c.NameEn, "%" + escaped + "%", @"\"));
        }

        return await courses.ToConnectionAsync(c => c.Code, page, cancellationToken);
    }

    public Task<Connection<Programme>> ProgrammesAsync(PageRequest page, CancellationToken cancellationToken) =>
        ReadAsync(db => db.Programmes.AsNoTracking().ToConnectionAsync(p => p.Code, page, cancellationToken), cancellationToken);

    public Task<Course?> CourseByCodeAsync(string code, CancellationToken cancellationToken) =>
        ReadAsync(db => db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Code == CatalogueRules.Normalise(code), cancellationToken), cancellationToken);

    /// <summary>The offerings of a course starting in a term, optionally one offering code.</summary>
    public Task<List<Offering>> OfferingsAsync(string courseCode, Term term, string? offeringCode, CancellationToken cancellationToken) =>
        ReadAsync(db =>
            (from offering in db.Offerings.AsNoTracking()
             join version in db.CourseVersions on offering.CourseVersionId equals version.Id
             join course in db.Courses on version.CourseId equals course.Id
             where course.Code == CatalogueRules.Normalise(courseCode) && offering.Term == term && (offeringCode == null || offering.Code == offeringCode)
             orderby offering.Code
             select offering).ToListAsync(cancellationToken), cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Course>> CoursesByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ByIdsAsync(db => db.Courses.Where(c => ids.Contains(c.Id)), c => c.Id, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, CourseVersion>> CourseVersionsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ByIdsAsync(db => db.CourseVersions.Include(v => v.Modules).Where(v => ids.Contains(v.Id)), v => v.Id, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Offering>> OfferingsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ByIdsAsync(db => db.Offerings.Where(o => ids.Contains(o.Id)), o => o.Id, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, OrganisationUnit>> OrganisationUnitsByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ByIdsAsync(db => db.OrganisationUnits.Where(u => ids.Contains(u.Id)), u => u.Id, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, GradingScale>> GradingScalesByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ByIdsAsync(db => db.GradingScales.Where(s => ids.Contains(s.Id)), s => s.Id, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Programme>> ProgrammesByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ByIdsAsync(db => db.Programmes.Where(p => ids.Contains(p.Id)), p => p.Id, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, CourseModule>> ModulesByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ByIdsAsync(db => db.CourseModules.Where(m => ids.Contains(m.Id)), m => m.Id, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, Grade>> GradesByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        ByIdsAsync(db => db.Set<Grade>().Where(g => ids.Contains(g.Id)), g => g.Id, cancellationToken);

    /// <summary>Courses by their codes (as given, normalised), for links from other modules that hold a code.</summary>
    public Task<IReadOnlyDictionary<string, Course>> CoursesByCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var normalised = codes.Select(CatalogueRules.Normalise).Distinct().ToList();
        return ReadAsync<IReadOnlyDictionary<string, Course>>(async db =>
        {
            var courses = (await db.Courses.Where(c => normalised.Contains(c.Code)).ToListAsync(cancellationToken)).ToDictionary(c => c.Code);
            return codes.Where(code => courses.ContainsKey(CatalogueRules.Normalise(code)))
                .Distinct().ToDictionary(code => code, code => courses[CatalogueRules.Normalise(code)]);
        }, cancellationToken);
    }

    /// <summary>Organisation units by their codes (as given, normalised), for links from other modules that hold a code.</summary>
    public Task<IReadOnlyDictionary<string, OrganisationUnit>> OrganisationUnitsByCodesAsync(
        IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        var normalised = codes.Select(CatalogueRules.Normalise).Distinct().ToList();
        return ReadAsync<IReadOnlyDictionary<string, OrganisationUnit>>(async db =>
        {
            var units = (await db.OrganisationUnits.Where(u => normalised.Contains(u.Code)).ToListAsync(cancellationToken)).ToDictionary(u => u.Code);
            return codes.Where(code => units.ContainsKey(CatalogueRules.Normalise(code)))
                .Distinct().ToDictionary(code => code, code => units[CatalogueRules.Normalise(code)]);
        }, cancellationToken);
    }

    /// <summary>Versions of many courses in one query, newest first per course.</summary>
    public Task<IReadOnlyDictionary<Guid,
    List<CourseVersion>>> VersionsByCourseIdsAsync(IReadOnlyCollection<Guid> courseIds, CancellationToken cancellationToken) =>
        GroupedAsync(
            db => db.CourseVersions.Include(v => v.Modules).Where(v => courseIds.Contains(v.CourseId)).OrderByDescending(v => v.Number),
            v => v.CourseId, cancellationToken);

    public Task<IReadOnlyDictionary<Guid,
    List<Offering>>> OfferingsByVersionIdsAsync(IReadOnlyCollection<Guid> versionIds, CancellationToken cancellationToken) =>
        GroupedAsync(
            db => db.Offerings.Where(o => versionIds.Contains(o.CourseVersionId)).OrderBy(o => o.StartDate).ThenBy(o => o.Code),
            o => o.CourseVersionId, cancellationToken);

    internal static HashSet<Guid> Subtree(IReadOnlyList<OrganisationUnit> units, Guid rootId)
    {
        var subtree = new HashSet<Guid> { rootId };
        bool grew;
        do
        {
            grew = false;
            foreach (var unit in units)
            {
                if (unit.ParentId is { } parent && subtree.Contains(parent) && subtree.Add(unit.Id)) grew = true;
            }
        } while (grew);
        return subtree;
    }

    private async Task<T> ReadAsync<T>(Func<CatalogueDbContext, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }

    private Task<IReadOnlyDictionary<Guid,
    T>> ByIdsAsync<T>(Func<CatalogueDbContext, IQueryable<T>> query, Func<T, Guid> id, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, T>>(async db => (await query(db).ToListAsync(cancellationToken)).ToDictionary(id), cancellationToken);

    private Task<IReadOnlyDictionary<Guid,
    List<T>>> GroupedAsync<T>(Func<CatalogueDbContext, IQueryable<T>> query, Func<T, Guid> key, CancellationToken cancellationToken) =>
        ReadAsync<IReadOnlyDictionary<Guid, List<T>>>(async db =>
            (await query(db).ToListAsync(cancellationToken)).GroupBy(key).ToDictionary(g => g.Key, g => g.ToList()), cancellationToken);
}
