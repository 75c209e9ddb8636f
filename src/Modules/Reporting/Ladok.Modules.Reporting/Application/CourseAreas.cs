using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Modules.Reporting.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

/// <summary>A course's educational areas in the read model, as the Catalogue gives them now.</summary>
public static class CourseAreas
{
    public static IEnumerable<CourseAreaFact> Of(CourseInfo course) =>
        course.EducationalAreas.Select(a => new CourseAreaFact { CourseId = course.Id, Area = a.Area, Share = a.Share });

    /// <summary>Replaces the course's areas, so the latest fact on the course brings the Catalogue's latest classification.</summary>
    public static async Task ReplaceAsync(ReportingDbContext db, CourseInfo course, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM reporting.course_areas WHERE course_id = {course.Id}", cancellationToken);
        foreach (var area in Of(course))
        {
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO reporting.course_areas (course_id, area, share) VALUES ({area.CourseId}, {area.Area}, {area.Share})", cancellationToken);
        }
    }

    /// <summary>The course from the Catalogue, or an exception the outbox retries.</summary>
    public static async Task<CourseInfo> CourseAsync(ICatalogueQueries catalogue, Guid courseId, CancellationToken cancellationToken) =>
        (await catalogue.GetCoursesAsync([courseId], cancellationToken)).GetValueOrDefault(courseId)
            ?? throw new InvalidOperationException($"The Catalogue has no course {courseId}.");
}
