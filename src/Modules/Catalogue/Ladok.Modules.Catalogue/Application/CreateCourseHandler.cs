using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

public sealed class CreateCourseHandler(IUnitOfWork<CatalogueDbContext> unit) : ICommandHandler<CreateCourseCommand, Course>
{
    public async Task<Outcome<Course>> HandleAsync(CreateCourseCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var code = CatalogueRules.Normalise(command.Code);

        var department = await db.OrganisationUnits.SingleOrDefaultAsync(u => u.Code == CatalogueRules.Normalise(command.DepartmentCode), cancellationToken);
        if (department is not { Kind: OrganisationUnitKind.Department })
        {
            return DomainError.Of(CatalogueReasons.DepartmentNotFound, nameof(command.DepartmentCode), command.DepartmentCode);
        }

        if (await db.Courses.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return DomainError.Of(CatalogueReasons.CourseExists, nameof(command.Code), code);
        }

        var created = Course.Create(code, command.NameSv.Trim(), command.NameEn.Trim(), department.Id, command.Level, command.FinancingForm,
            command.EducationalAreas ?? EducationalAreaShare.Unclassified, CatalogueRules.NormaliseOrNone(command.SubjectGroup));
        if (!created.Succeeded) return created;

        db.Courses.Add(created.Value!);
        unit.OnDuplicate(DomainError.Of(CatalogueReasons.CourseExists, Field.Whole, code));
        return created;
    }
}
