using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

public sealed class CreateCourseHandler(IDbContextFactory<CatalogueDbContext> databases)
{
    public async Task<Outcome<Course>> HandleAsync(CreateCourseCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var code = CatalogueRules.Normalise(command.Code);

        var department = await db.OrganisationUnits.SingleOrDefaultAsync(u => u.Code == CatalogueRules.Normalise(command.DepartmentCode), cancellationToken);
        if (department is not { Kind: OrganisationUnitKind.Department })
        {
            return DomainError.NotFound($"There is no department with code '{command.DepartmentCode}'.", "input", "organisationUnitCode");
        }

        if (await db.Courses.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return DomainError.Conflict($"A course with code {code} already exists.", "input", "code");
        }

        var created = Course.Create(code, command.NameSv.Trim(), command.NameEn.Trim(), department.Id, command.Level);
        if (!created.Succeeded) return created;

        db.Courses.Add(created.Value!);
        return await db.TrySaveAsync(DomainError.Conflict("This course already exists.", "input"), cancellationToken) is { } conflict ? conflict : created;
    }
}
