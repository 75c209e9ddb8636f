using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Application;

/// <summary>
/// A course's financing form or educational areas changed in the Catalogue: its facts in the read model take the change at
/// once, so the funded figures of every period follow. The course is read again from the Catalogue rather than taken from the
/// event, so two changes delivered out of order, or one delivered twice, still leave the Catalogue's latest.
/// </summary>
public sealed class CourseFundingChangedHandler(IDbContextFactory<ReportingDbContext> databases, ICatalogueQueries catalogue)
    : IIntegrationEventHandler<CourseFundingChanged>
{
    public async Task HandleAsync(CourseFundingChanged integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var course = await CourseAreas.CourseAsync(catalogue, integrationEvent.CourseId, cancellationToken);

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE reporting.registrations SET financing_form = {course.FinancingForm} WHERE course_id = {course.Id}", cancellationToken);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE reporting.results SET financing_form = {course.FinancingForm} WHERE course_id = {course.Id}", cancellationToken);
        await CourseAreas.ReplaceAsync(db, course, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
