using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>
/// Plans an exam sitting on a course version or one of its modules. Study administrators plan them (the field's policy,
/// records.register), at the course's department or a unit above it, as they register the students who will sign up.
/// </summary>
public sealed class CreateExamSittingHandler(IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, Registrars registrars, TimeProvider clock)
    : ICommandHandler<CreateExamSittingCommand, ExamSitting>
{
    public async Task<Outcome<ExamSitting>> HandleAsync(CreateExamSittingCommand command, CancellationToken cancellationToken)
    {
        var versionField = Field.Of(nameof(command.CourseVersionId));
        var version = await catalogue.GetCourseVersionAsync(command.CourseVersionId, cancellationToken);
        if (version is null) return DomainError.Of(KernelReasons.CourseVersionNotFound, versionField);
        var course = (await catalogue.GetCoursesAsync([version.CourseId], cancellationToken)).GetValueOrDefault(version.CourseId);
        if (course is null) return DomainError.Of(RecordsReasons.CourseVersionGone, versionField, version.CourseCode);

        if (await registrars.RefusedAsync(command.By, course.DepartmentId, RecordsReasons.PlanExamSittings, course.Code, versionField, cancellationToken)
            is { } forbidden)
        {
            return forbidden;
        }

        var module = ResultTargets.Module(version, command.ModuleCode, Field.Of(nameof(command.ModuleCode)));
        if (!module.Succeeded) return Outcome<ExamSitting>.Failure(module.Errors);

        var examined = new ExamSittingCourse(course.Id, course.Code, version.Id, module.Value?.Id, module.Value?.Code, course.DepartmentId);
        var created = ExamSitting.Create(examined, command.Plan, command.By, clock);
        if (created.Succeeded) unit.Db.ExamSittings.Add(created.Value!);
        return created;
    }
}
