using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Reports one result as a draft. Sending the same grade again returns the result already there.</summary>
public sealed class ReportResultHandler(IUnitOfWork<RecordsDbContext> unit, ResultTargets targets, CourseRights rights, TimeProvider clock)
    : ICommandHandler<ReportResultCommand, Result>
{
    public async Task<Outcome<Result>> HandleAsync(ReportResultCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var registrationField = Field.Of(nameof(command.RegistrationId));
        var registration = await db.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.RegistrationId, cancellationToken);
        if (registration is null) return DomainError.Of(RecordsReasons.RegistrationNotFound, registrationField);

        var found = await targets.OfferingAsync(registration.OfferingId, registrationField, cancellationToken);
        if (!found.Succeeded) return Outcome<Result>.Failure(found.Errors);
        var (offering, version) = found.Value;
        if (await rights.RequireAsync(command.By, CourseRightKind.Report, offering.CourseId, offering.CourseCode, registrationField, cancellationToken)
            is { } forbidden)
        {
            return forbidden;
        }

        var module = ResultTargets.Module(version, command.ModuleCode, Field.Of(nameof(command.ModuleCode)));
        if (!module.Succeeded) return Outcome<Result>.Failure(module.Errors);

        var moduleId = module.Value?.Id;
        // The student's result on the offering may sit on another term's registration of it (FFG, then FO): it is the same result line.
        var existing = await db.Results
            .Where(r => r.StudentId == registration.StudentId && r.OfferingId == registration.OfferingId && r.ModuleId == moduleId
                && r.Status != ResultStatus.Removed)
            .ToListAsync(cancellationToken);
        var inForce = await ResultTargets.ModuleResultsInForceAsync(db, version, module.Value, [registration.StudentId], cancellationToken);
        var target = ResultTargets.For(registration, offering, version, module.Value, inForce[registration.StudentId]);

        var decision = ResultReport.Decide(target, command.Entry, existing, mayUpdateDraft: false, command.By, clock, Field.Whole);
        if (decision.Outcome != ReportOutcome.Created) return decision.Errors.Count > 0 ? Outcome<Result>.Failure(decision.Errors)
            : Outcome<Result>.Success(decision.Result!);

        db.Results.Add(decision.Result!);
        unit.OnDuplicate(DomainError.Of(RecordsReasons.ResultReportedConcurrently, Field.Whole, target.Graded()));
        return Outcome<Result>.Success(decision.Result!);
    }
}
