using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// Changes the grade, date or title of a result nobody has decided on yet. The command's result and its entry are one
/// level: refusals are on the result's <c>Id</c> and <c>Version</c> and on the entry's fields, not under <c>Result</c>.
/// </summary>
public sealed class EditResultHandler(IUnitOfWork<RecordsDbContext> unit, ResultTargets targets, CourseRights rights, ResultChanges changes, TimeProvider clock)
    : ICommandHandler<EditResultCommand, Result>
{
    private static readonly Field Id = Field.Of(nameof(ResultRef.Id));

    public async Task<Outcome<Result>> HandleAsync(EditResultCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;
        var result = await db.Results.SingleOrDefaultAsync(r => r.Id == command.Result.Id, cancellationToken);
        if (result is null) return DomainError.Of(RecordsReasons.ResultNotFound, Id);
        if (await rights.RequireAsync(command.By, CourseRightKind.Report, result.CourseId, result.CourseCode, Id, cancellationToken) is { } forbidden)
        {
            return forbidden;
        }
        if (result.RowVersion != command.Result.Version) return ResultChanges.Stale(Field.Whole);
        if (result.CheckEditable(Field.Whole) is { } refused) return refused;

        // Open results are always reported on a registration; credit transfers are attested from the start.
        var registration = await db.Registrations.AsNoTracking().SingleAsync(r => r.Id == result.RegistrationId, cancellationToken);
        var found = await targets.OfferingAsync(registration.OfferingId, Id, cancellationToken);
        if (!found.Succeeded) return Outcome<Result>.Failure(found.Errors);

        var (offering, version) = found.Value;
        var module = version.Modules.FirstOrDefault(m => m.Id == result.ModuleId);
        var inForce = await ResultTargets.ModuleResultsInForceAsync(db, version, module, [result.StudentId], cancellationToken);
        var target = ResultTargets.For(registration, offering, version, module, inForce[result.StudentId]);
        var edited = result.Edit(target, command.Entry, command.By, clock, Field.Whole);
        if (!edited.Succeeded) return edited;

        changes.SaveAtVersionsRead([command.Result], new Dictionary<Guid, Result> { [result.Id] = result });
        return edited;
    }
}
