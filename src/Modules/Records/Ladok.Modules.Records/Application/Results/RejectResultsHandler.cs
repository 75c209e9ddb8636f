using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Avslå: an attestant with the right on each result's course sends it back to the reporter, saying why.</summary>
public sealed class RejectResultsHandler(ResultChanges changes, TimeProvider clock) : ICommandHandler<RejectResultsCommand, BulkStep>
{
    public Task<Outcome<BulkStep>> HandleAsync(RejectResultsCommand command, CancellationToken cancellationToken) =>
        changes.ApplyEachAsync(command.Results, CourseRightKind.Attest, command.By, command.DryRun,
            (result, field) => result.Reject(command.By, command.Reason, clock, field), cancellationToken);
}
