using Ladok.Kernel.Data;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Notifications.Data;
using Ladok.Modules.Notifications.Domain;
using Ladok.Modules.Records.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Notifications.Application;

/// <summary>
/// Stores a notification and, where the university sends mail and the student has an address, its mail, in one transaction: both or
/// neither. An event delivered again finds its notification (by event id and student) and stores nothing, so no second mail either.
/// </summary>
public sealed class NotificationWriter(
    IDbContextFactory<NotificationsDbContext> databases, IRecordsQueries records, ICatalogueQueries catalogue, NotificationMailOptions mail,
    TimeProvider clock)
{
    /// <summary>The course's code and names; one the Catalogue lacks throws, and the outbox tries the event again later.</summary>
    public async Task<CourseFacts> CourseAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var courses = await catalogue.GetCoursesAsync([courseId], cancellationToken);
        return courses.TryGetValue(courseId, out var course)
            ? new CourseFacts(course.Id, course.Code, course.NameSv, course.NameEn)
            : throw new InvalidOperationException($"The Catalogue has no course {courseId}.");
    }

    public async Task WriteAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        if (await db.Notifications.AnyAsync(n => n.EventId == notification.EventId && n.StudentId == notification.StudentId, cancellationToken)) return;

        db.Notifications.Add(notification);
        if (mail.SendsMail && (await records.GetStudentAsync(notification.StudentId, cancellationToken))?.Email is { Length: > 0 } address)
        {
            db.Mails.Add(new OutgoingMail(notification, address, clock.GetUtcNow()));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (SaveChanges.IsUniqueViolation(e))
        {
            // The same event, delivered again at the same time by another host, got there first: it is told once.
        }
    }
}
