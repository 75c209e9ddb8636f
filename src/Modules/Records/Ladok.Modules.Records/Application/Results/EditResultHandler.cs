using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Changes the grade, date or title of a result nobody has decided on yet.</summary>
public sealed class EditResultHandler(IDbContextFactory<RecordsDbContext> databases, ResultTargets targets, CourseRights rights, TimeProvider clock)
{
    public async Task<Outcome<Result>> HandleAsync(EditResultCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        var result = await db.Results.SingleOrDefaultAsync(r => r.Id == command.Result.Id, cancellationToken);
        if (result is null) return DomainError.NotFound("There is no such result.", "input", "id");
        if (await rights.RequireAsync(command.By, CourseRightKind.Report, result.CourseId, result.CourseCode, cancellationToken, "input", "id") is { } forbidden) return forbidden;
        if (result.RowVersion != command.Result.Version) return ResultChanges.Stale("input");
        if (result.CheckEditable("input") is { } refused) return refused;

        // Open results are always reported on a registration; credit transfers are attested from the start.
        var registration = await db.Registrations.AsNoTracking().SingleAsync(r => r.Id == result.RegistrationId, cancellationToken);
        var found = await targets.OfferingAsync(registration.OfferingId, cancellationToken, "input", "id");
        if (!found.Succeeded) return Outcome<Result>.Failure(found.Errors);

        var (offering, version) = found.Value;
        var module = version.Modules.FirstOrDefault(m => m.Id == result.ModuleId);
        var inForce = await ResultTargets.ModuleResultsInForceAsync(db, version, module, [result.StudentId], cancellationToken);
        var edited = result.Edit(ResultTargets.For(registration, offering, version, module, inForce[result.StudentId]), command.Entry, command.By, clock, "input");
        if (!edited.Succeeded) return edited;

        var saved = await ResultChanges.SaveAsync(db, [command.Result], new Dictionary<Guid, Result> { [result.Id] = result }, cancellationToken);
        return saved.Succeeded ? edited : Outcome<Result>.Failure(saved.Errors);
    }
}
