using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Takes ready results back to draft, to be edited before an examiner decides.</summary>
public sealed class ReturnResultsToDraftHandler(ResultChanges changes, TimeProvider clock) : ICommandHandler<ReturnResultsToDraftCommand, BulkStep>
{
    public Task<Outcome<BulkStep>> HandleAsync(ReturnResultsToDraftCommand command, CancellationToken cancellationToken) =>
        changes.ApplyEachAsync(command.Results, CourseRightKind.Report, command.By, command.DryRun,
            (result, field) => result.ReturnToDraft(command.By, clock, field), cancellationToken);
}
