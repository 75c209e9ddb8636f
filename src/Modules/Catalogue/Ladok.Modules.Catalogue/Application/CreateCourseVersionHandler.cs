using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Periods;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

public sealed class CreateCourseVersionHandler(IUnitOfWork<CatalogueDbContext> unit) : ICommandHandler<CreateCourseVersionCommand, CourseVersion>
{
    public async Task<Outcome<CourseVersion>> HandleAsync(CreateCourseVersionCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;

        var course = await db.Courses.Include(c => c.Versions).SingleOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken);
        if (course is null) return DomainError.Of(CatalogueReasons.CourseIdNotFound, nameof(command.CourseId));

        if (!Term.TryParse(command.ValidFrom, out var validFrom, out _))
        {
            return DomainError.Of(KernelReasons.InvalidTerm, nameof(command.ValidFrom), command.ValidFrom);
        }

        var scales = await db.GradingScales.ToDictionaryAsync(s => s.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var errors = new List<DomainError>();
        if (!scales.TryGetValue(command.GradingScaleCode, out var scale))
        {
            errors.Add(UnknownScale(command.GradingScaleCode, scales.Keys, Field.Of(nameof(command.GradingScaleCode))));
        }

        var modules = new List<ModuleSpec>();
        for (var i = 0; i < command.Modules.Count; i++)
        {
            var module = command.Modules[i];
            if (scales.TryGetValue(module.GradingScaleCode, out var moduleScale))
            {
                modules.Add(new ModuleSpec(CatalogueRules.Normalise(module.Code), module.NameSv.Trim(), module.NameEn.Trim(), module.Credits, moduleScale));
            }
            else
            {
                errors.Add(UnknownScale(module.GradingScaleCode, scales.Keys, Field.Of(nameof(command.Modules)).At(i).Then(nameof(module.GradingScaleCode))));
            }
        }

        if (errors.Count > 0) return Outcome<CourseVersion>.Failure(errors);

        unit.OnDuplicate(DomainError.Of(CatalogueReasons.CourseVersionExists, Field.Whole));
        return course.AddVersion(command.Credits, scale!, validFrom, command.RequiresProjectTitle, modules);
    }

    private static DomainError UnknownScale(string code, IEnumerable<string> known, Field field) =>
        DomainError.Of(CatalogueReasons.GradingScaleNotFound, field, code, string.Join(", ", known.Order(StringComparer.Ordinal)));
}
