using System.Linq.Expressions;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

/// <summary>The Catalogue's answer to other modules, in Contracts types only.</summary>
public sealed class CatalogueFacade(IDbContextFactory<CatalogueDbContext> databases) : ICatalogueQueries
{
    public async Task<OfferingInfo?> GetOfferingAsync(Guid offeringId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await (
            from offering in db.Offerings.AsNoTracking()
            join version in db.CourseVersions on offering.CourseVersionId equals version.Id
            join course in db.Courses on version.CourseId equals course.Id
            where offering.Id == offeringId
            select new OfferingInfo(offering.Id, version.Id, course.Id, course.Code, offering.Code, offering.Term,
                offering.StartDate, offering.EndDate, offering.PacePercent, offering.DepartmentId, offering.Status)
            {
                StudyForm = offering.StudyForm.ToString(), Place = offering.Place,
                RegistrationOpens = offering.RegistrationOpens, RegistrationCloses = offering.RegistrationCloses,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, OfferingInfo>> GetOfferingsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await (
            from offering in db.Offerings.AsNoTracking()
            join version in db.CourseVersions on offering.CourseVersionId equals version.Id
            join course in db.Courses on version.CourseId equals course.Id
            where offeringIds.Contains(offering.Id)
            select new OfferingInfo(offering.Id, version.Id, course.Id, course.Code, offering.Code, offering.Term,
                offering.StartDate, offering.EndDate, offering.PacePercent, offering.DepartmentId, offering.Status)
            {
                StudyForm = offering.StudyForm.ToString(), Place = offering.Place,
                RegistrationOpens = offering.RegistrationOpens, RegistrationCloses = offering.RegistrationCloses,
            })
            .ToDictionaryAsync(o => o.Id, cancellationToken);
    }

    public async Task<IReadOnlyList<OfferingInfo>> GetOfferingsAsync(string courseCode, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var code = CatalogueRules.Normalise(courseCode);
        return await (
            from offering in db.Offerings.AsNoTracking()
            join version in db.CourseVersions on offering.CourseVersionId equals version.Id
            join course in db.Courses on version.CourseId equals course.Id
            where course.Code == code
            orderby offering.StartDate, offering.Code
            select new OfferingInfo(offering.Id, version.Id, course.Id, course.Code, offering.Code, offering.Term,
                offering.StartDate, offering.EndDate, offering.PacePercent, offering.DepartmentId, offering.Status)
            {
                StudyForm = offering.StudyForm.ToString(), Place = offering.Place,
                RegistrationOpens = offering.RegistrationOpens, RegistrationCloses = offering.RegistrationCloses,
            })
            .ToListAsync(cancellationToken);
    }

    public async Task<CourseVersionInfo?> GetCourseVersionAsync(Guid courseVersionId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var version = await db.CourseVersions.AsNoTracking().Include(v => v.Modules).SingleOrDefaultAsync(v => v.Id == courseVersionId, cancellationToken);
        if (version is null) return null;

        var courseCode = await db.Courses.Where(c => c.Id == version.CourseId).Select(c => c.Code).SingleAsync(cancellationToken);
        var scales = await db.GradingScales.AsNoTracking().ToDictionaryAsync(s => s.Id, cancellationToken);
        return new CourseVersionInfo(version.Id, version.CourseId, courseCode, version.Number, version.Credits, Info(scales[version.GradingScaleId]),
            version.RequiresProjectTitle,
            version.Modules.OrderBy(m => m.Code).Select(m => new CourseModuleInfo(m.Id, m.Code, m.Credits, Info(scales[m.GradingScaleId]))).ToList());
    }

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(string code, CancellationToken cancellationToken) =>
        UnitAsync(u => u.Code == CatalogueRules.Normalise(code), cancellationToken);

    public Task<OrganisationUnitInfo?> GetOrganisationUnitAsync(Guid id, CancellationToken cancellationToken) =>
        UnitAsync(u => u.Id == id, cancellationToken);

    public async Task<CourseInfo?> GetCourseAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Courses.AsNoTracking()
            .Where(c => c.Code == CatalogueRules.Normalise(code))
            .Select(CourseInfoOf)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, CourseInfo>> GetCoursesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Courses.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(CourseInfoOf)
            .ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    private static readonly Expression<Func<Course, CourseInfo>> CourseInfoOf = c => new CourseInfo(c.Id, c.Code, c.NameSv, c.NameEn, c.DepartmentId)
    {
        Level = c.Level.ToString(),
        FinancingForm = c.FinancingForm.ToString(),
        EducationalAreas = c.EducationalAreas.Select(a => new EducationalAreaInfo(a.Area.ToString(), a.Share)).ToList(),
        SubjectGroup = c.SubjectGroup,
    };

    public async Task<ProgrammeInfo?> GetProgrammeAsync(Guid programmeId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return Info(await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programmeId, cancellationToken));
    }

    public async Task<ProgrammeInfo?> GetProgrammeAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return Info(await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken));
    }

    private static ProgrammeInfo? Info(Programme? programme) =>
        programme is null
            ? null
            : new ProgrammeInfo(programme.Id, programme.Code, programme.NameEn, programme.Credits, programme.DepartmentId, programme.CourseIds);

    // The tree is small (a university has hundreds of units), so one read and a walk up in memory.
    private async Task<OrganisationUnitInfo?> UnitAsync(Func<OrganisationUnit, bool> match, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var units = await db.OrganisationUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        var unit = units.Values.SingleOrDefault(match);
        if (unit is null) return null;

        var ancestors = new List<Guid>();
        for (var parent = unit.ParentId; parent is { } id && units.TryGetValue(id, out var up); parent = up.ParentId)
        {
            ancestors.Add(id);
        }
        return new OrganisationUnitInfo(unit.Id, unit.Code, unit.NameEn, ancestors);
    }

    private static GradingScaleInfo Info(GradingScale scale) =>
        new(scale.Id, scale.Code, scale.Grades.OrderBy(g => g.Rank).Select(g => new GradeInfo(g.Id, g.Code, g.IsPassing)).ToList());
}
