using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Klarmarkera: the reporter hands the results to the attestants, naming the examiners to tell, if the university's result rules agree.</summary>
public sealed class MarkResultsReadyHandler(IUnitOfWork<RecordsDbContext> unit, ResultChanges changes, ResultRules rules, TimeProvider clock)
    : ICommandHandler<MarkResultsReadyCommand, BulkStep>
{
    public Task<Outcome<BulkStep>> HandleAsync(MarkResultsReadyCommand command, CancellationToken cancellationToken) =>
        changes.ApplyEachAsync(command.Results, CourseRightKind.Report, command.By, command.DryRun,
            (result, field) => result.MarkReady(command.Examiners, command.By, clock, field), cancellationToken,
            thenCheck: ready => rules.CheckAsync(unit.Db, ResultStep.Ready, ready, command.By, cancellationToken));
}
