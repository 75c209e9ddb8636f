using Ladok.Kernel.Modules;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Seeding;

/// <summary>
/// The demo university's exam sitting: one on the last module of a course running now, planned by the department's study
/// administrator with its window open today and the exam two weeks ahead, and sign-ups from the demo students registered on it
/// (those who sign in as stud01 …) and some others, each with an anonymous code. Only into a Records module with students and
/// no sittings, after <see cref="RecordsDemoSeeder"/>; like it, it announces nothing.
/// </summary>
public sealed class ExamSittingDemoSeeder(
    IDbContextFactory<RecordsDbContext> databases, ICatalogueQueries catalogue, IUniversityProfile university, TimeProvider clock)
    : IDemoDataSeeder
{
    /// <summary>Signed-up students besides the demo students, at most.</summary>
    public const int OtherSignUps = 12;

    public int Order => 31;

    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (university.DemoData is not { Courses.Count: > 0 } demo) return false;

        await using var db = await databases.ActingAsAsync(RecordsDemoSeeder.Actor, clock, cancellationToken);
        if (await db.ExamSittings.AnyAsync(cancellationToken) || !await db.Students.AnyAsync(cancellationToken)) return false;

        var open = await db.Registrations.AsNoTracking()
            .Where(r => r.WithdrawnOn == null && r.DroppedOutOn == null)
            .Join(db.Students, r => r.StudentId, s => s.Id, (r, s) => new { Registration = r, IsDemoStudent = s.PrincipalName != null })
            .ToListAsync(cancellationToken);
        var today = RecordsRules.Today(clock);
        var offerings = await catalogue.GetOfferingsAsync(open.Select(o => o.Registration.OfferingId).Distinct().ToList(), cancellationToken);
        var reported = demo.Users.SelectMany(u => u.CourseRights).Where(r => r.Kind.Equals("REPORT", StringComparison.OrdinalIgnoreCase))
            .Select(r => r.CourseCode).ToHashSet(StringComparer.Ordinal);

        // The course version a teacher reports on with the most demo students, then registrations, running today if any is.
        var chosen = open.Where(o => offerings.ContainsKey(o.Registration.OfferingId) && reported.Contains(o.Registration.CourseCode))
            .GroupBy(o => offerings[o.Registration.OfferingId].CourseVersionId)
            .OrderByDescending(g => g.Any(o => Runs(offerings[o.Registration.OfferingId], today)))
            .ThenByDescending(g => g.Count(o => o.IsDemoStudent))
            .ThenByDescending(g => g.Count())
            .FirstOrDefault();
        if (chosen is null) return false;
        var version = await catalogue.GetCourseVersionAsync(chosen.Key, cancellationToken);
        if (version is not { Modules.Count: > 0 }) return false;
        var offering = offerings[chosen.First().Registration.OfferingId];
        var course = demo.Courses.First(c => c.Code == version.CourseCode);
        var planner = demo.Users.Where(u => u.Grants.Any(g => g.ProfileCode == "STUDY_ADMINISTRATOR" && g.OrganisationUnitCode == course.DepartmentCode))
            .Select(u => u.UserId).Order(StringComparer.Ordinal).FirstOrDefault() ?? RecordsDemoSeeder.Actor;

        var module = version.Modules[^1];
        var examDay = today.AddDays(14);
        var startsAt = new DateTimeOffset(examDay.ToDateTime(new TimeOnly(9, 0)), clock.LocalTimeZone.GetUtcOffset(examDay.ToDateTime(new TimeOnly(9, 0))));
        var plan = new ExamSittingPlan(startsAt, startsAt.AddHours(5), "Östra paviljongen, sal 1", today.AddDays(-14), today.AddDays(7), 60);
        var sitting = Must(ExamSitting.Create(
            new ExamSittingCourse(offering.CourseId, version.CourseCode, version.Id, module.Id, module.Code, offering.DepartmentId), plan, planner, clock));

        // Who has a result on the module has sat its examination already; the sitting is for the others.
        var examined = (await db.Results.AsNoTracking().Where(r => r.ModuleId == module.Id).Select(r => r.StudentId).ToListAsync(cancellationToken))
            .ToHashSet();
        var signingUp = chosen.Where(o => !examined.Contains(o.Registration.StudentId))
            .OrderByDescending(o => o.IsDemoStudent).ThenBy(o => o.Registration.Id)
            .GroupBy(o => o.Registration.StudentId).Select(g => g.First())
            .Take(chosen.Count(o => o.IsDemoStudent) + OtherSignUps);
        foreach (var signUp in signingUp) Must(sitting.SignUp(signUp.Registration.StudentId, signUp.Registration.Id, clock));

        db.ExamSittings.Add(sitting);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static bool Runs(OfferingInfo offering, DateOnly today) => offering.StartDate <= today && today <= offering.EndDate;

    private static T Must<T>(Kernel.Errors.Outcome<T> outcome) => outcome.Succeeded
        ? outcome.Value!
        : throw new InvalidOperationException($"The demo exam sitting breaks a rule: {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
}
