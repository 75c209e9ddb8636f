using Ladok.Kernel.Errors;
using Ladok.Kernel.Modules;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Seeding;

/// <summary>
/// Seeds the university plugin's organisation tree, courses, offerings and programmes into an
/// empty Catalogue, through the same domain rules as the API and in one transaction, so a bad
/// demo set fails start-up with the rule it breaks and leaves nothing behind.
/// </summary>
public sealed class CatalogueDemoSeeder(IDbContextFactory<CatalogueDbContext> databases, IUniversityProfile university, TimeProvider clock)
    : IDemoDataSeeder
{
    // Every demo offering gets a registration window as universities commonly set one: from six weeks before the start
    // until two weeks into it, so the demo students can register themselves in the terms the demo runs.
    private const int RegistrationOpensDaysBefore = 42;
    private const int RegistrationClosesDaysAfter = 14;

    /// <summary>The first digit of the coming term's offering codes (<see cref="ComingTerm"/>), which the plugins' demo codes do not use.</summary>
    public const char ComingTermCodePrefix = '9';

    public int Order => 0;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (university.DemoData is not { } demo) return false;

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.OrganisationUnits.AnyAsync(cancellationToken)) return false;

        var units = new Dictionary<string, OrganisationUnit>(StringComparer.Ordinal);
        foreach (var unit in demo.OrganisationUnits)
        {
            Guid? parentId = unit.ParentCode is null ? null : Known(units, unit.ParentCode, "organisation unit").Id;
            units[unit.Code] = new OrganisationUnit(unit.Code, unit.NameSv, unit.NameEn, (OrganisationUnitKind)unit.Kind, parentId);
            db.OrganisationUnits.Add(units[unit.Code]);
        }

        var scales = await db.GradingScales.ToDictionaryAsync(s => s.Code, cancellationToken);
        var courses = new Dictionary<string, Course>(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        foreach (var demoCourse in demo.Courses)
        {
            var course = Must(Course.Create(demoCourse.Code, demoCourse.NameSv, demoCourse.NameEn, Known(units, demoCourse.DepartmentCode, "department").Id,
                Enum.Parse<EducationLevel>(demoCourse.Level), Enum.Parse<FinancingForm>(demoCourse.FinancingForm),
                demoCourse.EducationalAreas.Count == 0
                    ? EducationalAreaShare.Unclassified
                    : demoCourse.EducationalAreas.Select(a => new EducationalAreaShare(Enum.Parse<EducationalArea>(a.Area), a.Share)).ToList(),
                demoCourse.SubjectGroup),
                demoCourse.Code);
            var modules = demoCourse.Modules.Select(
                m => new ModuleSpec(m.Code, m.NameSv, m.NameEn, m.Credits, Known(scales, m.GradingScaleCode, "grading scale"))).ToList();
            var version = Must(
                course.AddVersion(demoCourse.Credits, Known(scales, demoCourse.GradingScaleCode, "grading scale"), Term.Parse(demoCourse.ValidFrom),
                demoCourse.RequiresProjectTitle, modules), demoCourse.Code);
            db.Courses.Add(course);
            courses[course.Code] = course;

            var coming = ComingTerm(demo, demoCourse, today).ToList();
            foreach (var o in demoCourse.Offerings.Concat(coming))
            {
                var offering = Must(Offering.Create(version.Id, o.Code, Term.Parse(o.Term), o.StartDate, o.EndDate, o.PacePercent, course.DepartmentId),
                    $"{demoCourse.Code} {o.Term} {o.Code}");
                var opens = o.StartDate.AddDays(-RegistrationOpensDaysBefore);
                if (coming.Contains(o)) opens = Min(opens, today);
                var closes = Min(o.StartDate.AddDays(RegistrationClosesDaysAfter), o.EndDate);
                Must(offering.SetRegistrationWindow(opens, closes), $"{demoCourse.Code} {o.Term} {o.Code}");
                db.Offerings.Add(offering);
            }
        }

        foreach (var p in demo.Programmes)
        {
            db.Programmes.Add(
                new Programme(
                    p.Code, p.NameSv, p.NameEn, p.Credits, Known(units, p.DepartmentCode, "department").Id,
                    p.CourseCodes.Select(code => Known(courses, code, "course").Id)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>
    /// The demo's terms are fixed in the plugin, and a demo started after them would leave its students nothing to register
    /// themselves on. So when no demo offering starts after today, each course also runs in the coming term (the one after
    /// today's teaching term) as it ran in the demo's last term of that season, moved by whole weeks to the new term's
    /// teaching start, under the same code with a leading 9; its window is open from the day the demo is seeded.
    /// </summary>
    private static IEnumerable<DemoOffering> ComingTerm(DemoUniversity demo, DemoCourse course, DateOnly today)
    {
        if (demo.Courses.SelectMany(c => c.Offerings).Any(o => o.StartDate > today)) return [];
        var coming = Term.TeachingAt(today).Next;
        var pattern = course.Offerings.Select(o => (Offering: o, Term: Term.Parse(o.Term))).Where(o => o.Term.Season == coming.Season).ToList();
        if (pattern.Count == 0) return [];
        var last = pattern.Max(o => o.Term);
        var shift = coming.TeachingStart.DayNumber - last.TeachingStart.DayNumber;
        return pattern.Where(o => o.Term == last).Select(o => new DemoOffering(
            ComingTermCodePrefix + o.Offering.Code[1..], coming.ToString(), o.Offering.StartDate.AddDays(shift), o.Offering.EndDate.AddDays(shift),
            o.Offering.PacePercent));
    }

    private void Must(IReadOnlyList<DomainError> errors, string what)
    {
        if (errors.Count > 0) Must(Outcome<bool>.Failure(errors), what);
    }

    private T Known<T>(Dictionary<string, T> known, string code, string what) =>
        known.TryGetValue(code, out var value)
            ? value
            : throw new InvalidOperationException($"The demo data of {university.Code} names the {what} '{code}', which it does not define.");

    private T Must<T>(Outcome<T> outcome, string what) =>
        outcome.Succeeded
            ? outcome.Value!
            : throw new InvalidOperationException(
                $"The demo data of {university.Code} is invalid at {what}: {string.Join(" ", outcome.Errors.Select(e => e.Message))}");
}
