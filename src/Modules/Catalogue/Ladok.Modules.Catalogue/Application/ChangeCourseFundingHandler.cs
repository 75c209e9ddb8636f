using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

public sealed class ChangeCourseFundingHandler(IUnitOfWork<CatalogueDbContext> unit, TimeProvider clock)
    : ICommandHandler<ChangeCourseFundingCommand, Course>
{
    public async Task<Outcome<Course>> HandleAsync(ChangeCourseFundingCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken);
        if (course is null) return DomainError.Of(CatalogueReasons.CourseIdNotFound, nameof(command.CourseId));

        if (command.Version is { } version && course.RowVersion != version)
        {
            return DomainError.Of(KernelReasons.StaleVersion, nameof(command.Version));
        }

        var errors = course.ChangeFunding(command.FinancingForm, command.EducationalAreas);
        if (errors.Count > 0) return Outcome<Course>.Failure(errors);

        // The version the caller read (or the one just loaded) is the one the UPDATE must still find.
        db.Entry(course).Property(c => c.RowVersion).OriginalValue = command.Version ?? course.RowVersion;
        db.AddIntegrationEvent(new CourseFundingChanged(course.Id, course.Code, course.FinancingForm.ToString(),
            [.. course.EducationalAreas.Select(a => new EducationalAreaInfo(a.Area.ToString(), a.Share))], clock.GetUtcNow()), clock);
        return Outcome<Course>.Success(course);
    }
}
