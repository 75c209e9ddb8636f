using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>An examiner attests a requested removal; the result stays on record, marked removed, and a new one may be reported.</summary>
public sealed class AttestResultRemovalHandler(IDbContextFactory<RecordsDbContext> databases, CourseRights rights, IOutboxSignal outbox, TimeProvider clock)
{
    public async Task<Outcome<Result>> HandleAsync(AttestResultRemovalCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        var changed = await ResultChanges.ApplyAsync(db, rights, [command.Result], CourseRightKind.Attest, command.By,
            (result, path) =>
            {
                if (result.AttestRemoval(command.By, clock, path) is { } refused) return refused;
                db.AddIntegrationEvent(ResultEvents.Removed(result), clock);
                return null;
            },
            cancellationToken, single: true);
        if (changed.Succeeded) outbox.Notify();
        return changed.Succeeded ? Outcome<Result>.Success(changed.Value![0]) : Outcome<Result>.Failure(changed.Errors);
    }
}
