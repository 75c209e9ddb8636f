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
        if (version is null) return DomainError.Of(KernelReasons.CourseVersionNotFound, nameof(command.CourseVersionId));

        if (!Term.TryParse(command.Term, out var term, out _))
        {
            return DomainError.Of(KernelReasons.InvalidTerm, nameof(command.Term), command.Term);
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
                return DomainError.Of(CatalogueReasons.DepartmentNotFound, nameof(command.DepartmentCode), command.DepartmentCode);
            }
            departmentId = department.Id;
        }

        var created = Offering.Create(
            version.Id, command.Code.Trim(), term, command.StartDate, command.EndDate, command.PacePercent, departmentId, command.StudyForm, command.Place);
        if (!created.Succeeded) return created;

        var offering = created.Value!;
        if (await db.Offerings.AnyAsync(o => o.CourseVersionId == version.Id && o.Term == term && o.Code == offering.Code, cancellationToken))
        {
            return DomainError.Of(CatalogueReasons.OfferingExists, nameof(command.Code), offering.Code, term);
        }

        db.Offerings.Add(offering);
        unit.OnDuplicate(DomainError.Of(CatalogueReasons.OfferingExists, Field.Whole, offering.Code, term));
        return created;
    }
}
