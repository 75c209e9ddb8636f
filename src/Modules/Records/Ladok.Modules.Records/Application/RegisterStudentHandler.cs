using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Registers a student on an offering. The field's policy only says the caller may register
/// somewhere; departments own their students' registrations, so the right is checked again at
/// the offering's department (or a unit above it).
/// </summary>
public sealed class RegisterStudentHandler(
    IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, IPermissionQueries permissions, ReRegistrationRules reRegistrationRules,
    RegistrationAnnouncements announcements, TimeProvider clock)
    : ICommandHandler<RegisterStudentCommand, Registration>
{
    public async Task<Outcome<Registration>> HandleAsync(RegisterStudentCommand command, CancellationToken cancellationToken)
    {
        var offering = await catalogue.GetOfferingAsync(command.OfferingId, cancellationToken);
        if (offering is null) return DomainError.Of(KernelReasons.OfferingNotFound, nameof(command.OfferingId));

        // Before the student is looked up, so a caller without the right learns nothing about students.
        if (!await permissions.HasFunctionAtAsync(command.RegisteredBy, RecordsPolicies.Register, offering.DepartmentId, cancellationToken))
        {
            var department = await catalogue.GetOrganisationUnitAsync(offering.DepartmentId, cancellationToken);
            var named = department is null ? RecordsReasons.TheDepartment : RecordsReasons.Department(department.Code, department.NameEn);
            return DomainError.Of(
                RecordsReasons.NoRegisteringRight, nameof(command.OfferingId), RecordsReasons.RegisterStudents, $"{offering.CourseCode} {offering.Term}",
                RecordsPolicies.Register, named);
        }

        var db = unit.Db;
        var student = await db.Students.Include(s => s.Registrations).SingleOrDefaultAsync(s => s.Id == command.StudentId, cancellationToken);
        if (student is null) return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));

        var earlierOnCourse = student.Registrations.Where(r => r.CourseId == offering.CourseId).ToList();
        var registered = student.Register(offering, command.Kind, command.RegisteredBy, clock);
        if (!registered.Succeeded) return registered;

        var registration = registered.Value!;
        var refused = await reRegistrationRules.CheckAsync(registration, earlierOnCourse, command.RegisteredBy, cancellationToken);
        if (refused.Count > 0) return Outcome<Registration>.Failure(refused);

        announcements.Recorded(db, registration, offering);
        unit.OnDuplicate(DomainError.Of(
            RecordsReasons.AlreadyRegistered, nameof(command.OfferingId), offering.CourseCode, offering.Term, offering.OfferingCode));
        return registered;
    }
}
