using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// Tillgodoräknande: a study administrator of the course's department records credits earned elsewhere as a result on a
/// course version or one of its modules, saying where from. It waits in the attestation queue for an attestant other than
/// the administrator (separation of duties); it counts once attested.
/// </summary>
public sealed class RecordCreditTransferHandler(
    IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, IPermissionQueries permissions, TimeProvider clock)
    : ICommandHandler<RecordCreditTransferCommand, Result>
{
    public async Task<Outcome<Result>> HandleAsync(RecordCreditTransferCommand command, CancellationToken cancellationToken)
    {
        var versionField = Field.Of(nameof(command.CourseVersionId));
        var version = await catalogue.GetCourseVersionAsync(command.CourseVersionId, cancellationToken);
        if (version is null) return DomainError.Of(KernelReasons.CourseVersionNotFound, versionField);
        var course = await catalogue.GetCourseAsync(version.CourseCode, cancellationToken);
        if (course is null) return DomainError.Of(KernelReasons.CourseVersionNotFound, versionField);
        if (!await permissions.HasFunctionAtAsync(command.By, RecordsPolicies.Register, course.DepartmentId, cancellationToken))
        {
            return DomainError.Of(RecordsReasons.NoTransferRight, versionField, course.Code, RecordsPolicies.Register);
        }

        var module = ResultTargets.Module(version, command.ModuleCode, Field.Of(nameof(command.ModuleCode)));
        if (!module.Succeeded) return Outcome<Result>.Failure(module.Errors);

        var db = unit.Db;
        if (!await db.Students.AnyAsync(s => s.Id == command.StudentId, cancellationToken))
        {
            return DomainError.Of(KernelReasons.StudentNotFound, nameof(command.StudentId));
        }

        var moduleId = module.Value?.Id;
        if (await db.Results.FirstOrDefaultAsync(r => r.StudentId == command.StudentId && r.CourseId == version.CourseId && r.ModuleId == moduleId
                && r.IsPassing && (r.Status == ResultStatus.Attested || r.Status == ResultStatus.RemovalRequested), cancellationToken) is { } passed)
        {
            return DomainError.Of(RecordsReasons.AlreadyPassed, Field.Whole, passed.Grade, passed.ExaminationDate);
        }

        if (await db.Results.AnyAsync(r => r.StudentId == command.StudentId && r.CourseId == version.CourseId && r.ModuleId == moduleId
                && r.Origin == ResultOrigin.CreditTransfer && r.Status == ResultStatus.Ready, cancellationToken))
        {
            return DomainError.Of(RecordsReasons.TransferPending, Field.Whole);
        }

        var inForce = await ResultTargets.ModuleResultsInForceAsync(db, version, module.Value, [command.StudentId], cancellationToken);
        var target = new ResultTarget(command.StudentId, null, null, null, course.DepartmentId, version, module.Value, inForce[command.StudentId].ToList());
        var transferred = Result.Transfer(target, command.Entry, command.TransferredFrom, command.By, clock, Field.Whole);
        if (!transferred.Succeeded) return transferred;

        db.Results.Add(transferred.Value!);
        return transferred;
    }
}
