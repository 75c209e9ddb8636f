using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

public sealed class CreateOfferingHandler(IUnitOfWork<CatalogueDbContext> unit) : ICommandHandler<CreateOfferingCommand, Offering>
{
    public async Task<Outcome<Offering>> HandleAsync(CreateOfferingCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;

        var version = await db.CourseVersions.SingleOrDefaultAsync(v => v.Id == command.CourseVersionId, cancellationToken);
        if (version is null) return DomainError.NotFound("There is no such course version.", nameof(command.CourseVersionId));

        if (!Term.TryParse(command.Term, out var term, out var termError))
        {
            return DomainError.Validation(termError, nameof(command.Term));
        }

        Guid departmentId;
        if (command.DepartmentCode is null)
        {
            departmentId = await db.Courses.Where(c => c.Id == version.CourseId).Select(c => c.DepartmentId).SingleAsync(cancellationToken);
        }
        else
        {
            var department = await db.OrganisationUnits.SingleOrDefaultAsync(
                u => u.Code == CatalogueRules.Normalise(command.DepartmentCode), cancellationToken);
            if (department is not { Kind: OrganisationUnitKind.Department })
            {
                return DomainError.NotFound($"There is no department with code '{command.DepartmentCode}'.", nameof(command.DepartmentCode));
            }
            departmentId = department.Id;
        }

        var created = Offering.Create(
            version.Id, command.Code.Trim(), term, command.StartDate, command.EndDate, command.PacePercent, departmentId, command.StudyForm, command.Place);
        if (!created.Succeeded) return created;

        var offering = created.Value!;
        if (await db.Offerings.AnyAsync(o => o.CourseVersionId == version.Id && o.Term == term && o.Code == offering.Code, cancellationToken))
        {
            return DomainError.Conflict($"Offering {offering.Code} in {term} already exists for this course version.", nameof(command.Code));
        }

        db.Offerings.Add(offering);
        unit.OnDuplicate(DomainError.Conflict("This offering already exists.", Field.Whole));
        return created;
    }
}
