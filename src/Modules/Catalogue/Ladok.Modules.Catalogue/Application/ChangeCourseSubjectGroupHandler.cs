using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

/// <summary>SCB's individual records read the subject group when they are taken, so no other module needs to hear of the change.</summary>
public sealed class ChangeCourseSubjectGroupHandler(IUnitOfWork<CatalogueDbContext> unit) : ICommandHandler<ChangeCourseSubjectGroupCommand, Course>
{
    public async Task<Outcome<Course>> HandleAsync(ChangeCourseSubjectGroupCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken);
        if (course is null) return DomainError.Of(CatalogueReasons.CourseIdNotFound, nameof(command.CourseId));

        if (command.Version is { } version && course.RowVersion != version)
        {
            return DomainError.Of(KernelReasons.StaleVersion, nameof(command.Version));
        }

        if (course.ChangeSubjectGroup(CatalogueRules.NormaliseOrNone(command.SubjectGroup)) is { } error) return error;

        // The version the caller read (or the one just loaded) is the one the UPDATE must still find.
        db.Entry(course).Property(c => c.RowVersion).OriginalValue = command.Version ?? course.RowVersion;
        return Outcome<Course>.Success(course);
    }
}
