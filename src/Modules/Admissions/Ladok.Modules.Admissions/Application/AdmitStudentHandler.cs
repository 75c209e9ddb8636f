using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Admissions.Data;
using Ladok.Modules.Admissions.Domain;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Admissions.Application;

/// <summary>
/// Lokal antagning: a study administrator records a student's admission to an offering, or the decision that replaces it.
/// Admitting is the study administrator's function, so it needs records.register at the offering's department (or above),
/// asked before the student is looked up.
/// </summary>
public sealed class AdmitStudentHandler(
    IUnitOfWork<AdmissionsDbContext> unit, ICatalogueQueries catalogue, IPermissionQueries permissions, IRecordsQueries records, TimeProvider clock)
    : ICommandHandler<AdmitStudentCommand, Admission>
{
    public async Task<Outcome<Admission>> HandleAsync(AdmitStudentCommand command, CancellationToken cancellationToken)
    {
        var offering = await catalogue.GetOfferingAsync(command.OfferingId, cancellationToken);
        if (offering is null) return DomainError.Of(AdmissionsReasons.OfferingNotFound, nameof(command.OfferingId));
        if (!await permissions.HasFunctionAtAsync(command.AdmittedBy, RecordsPolicies.Register, offering.DepartmentId, cancellationToken))
        {
            var department = await catalogue.GetOrganisationUnitAsync(offering.DepartmentId, cancellationToken);
            return DomainError.Of(AdmissionsReasons.NotAdmissionsOfficer, nameof(command.OfferingId), offering.CourseCode, department?.Code ?? "?");
        }
        if (offering.State == OfferingState.Cancelled)
        {
            return DomainError.Of(AdmissionsReasons.AdmissionOfferingCancelled, nameof(command.OfferingId), offering.CourseCode, offering.Term.ToString());
        }
        if (await records.GetStudentAsync(command.StudentId, cancellationToken) is null)
        {
            return DomainError.Of(AdmissionsReasons.StudentNotFound, nameof(command.StudentId));
        }

        var db = unit.Db;
        var existing = await db.Admissions.SingleOrDefaultAsync(a => a.StudentId == command.StudentId && a.OfferingId == offering.Id, cancellationToken);
        if (existing is not null)
        {
            var errors = existing.Decide(command.Status, command.ReservePlace, AdmissionSource.Local, command.AdmittedBy, clock);
            return errors.Count > 0 ? Outcome<Admission>.Failure(errors) : Outcome<Admission>.Success(existing);
        }

        var admitted = Admission.Record(command.StudentId, offering.Id, command.Status, command.ReservePlace, AdmissionSource.Local, command.AdmittedBy, clock);
        if (!admitted.Succeeded) return admitted;
        db.Admissions.Add(admitted.Value!);
        unit.OnDuplicate(DomainError.Of(AdmissionsReasons.AdmittedConcurrently, nameof(command.OfferingId)));
        return admitted;
    }
}
