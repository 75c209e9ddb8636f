using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>An examiner attests a requested removal; the result stays on record, marked removed, and a new one may be reported.</summary>
public sealed class AttestResultRemovalHandler(IUnitOfWork<RecordsDbContext> unit, ResultChanges changes, TimeProvider clock)
    : ICommandHandler<AttestResultRemovalCommand, Result>
{
    public Task<Outcome<Result>> HandleAsync(AttestResultRemovalCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(command.Result, CourseRightKind.Attest, command.By,
            (result, field) =>
            {
                if (result.AttestRemoval(command.By, clock, field) is { } refused) return refused;
                unit.Db.AddIntegrationEvent(ResultEvents.Removed(result), clock);
                return null;
            },
            cancellationToken);
}
