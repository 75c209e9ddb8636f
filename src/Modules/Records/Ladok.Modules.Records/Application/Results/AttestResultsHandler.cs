using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>
/// Attestera: an attestant with the right on each result's course decides it (named at mark-ready or not), if the university's
/// result rules agree; from now on it counts and is never edited.
/// </summary>
public sealed class AttestResultsHandler(IUnitOfWork<RecordsDbContext> unit, ResultChanges changes, ResultRules rules, TimeProvider clock)
    : ICommandHandler<AttestResultsCommand, BulkStep>
{
    public Task<Outcome<BulkStep>> HandleAsync(AttestResultsCommand command, CancellationToken cancellationToken) =>
        changes.ApplyEachAsync(command.Results, CourseRightKind.Attest, command.By, command.DryRun,
            (result, field) =>
            {
                if (result.Attest(command.By, clock, field) is { } refused) return refused;
                unit.Db.AddIntegrationEvent(ResultEvents.Attested(result), clock);
                return null;
            },
            cancellationToken,
            thenCheck: decided => rules.CheckAsync(unit.Db, ResultStep.Attest, decided, command.By, cancellationToken));
}
