using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Deletes a draft or rejected result: nobody has decided on it, so nothing needs keeping but the audit trail.</summary>
public sealed class DeleteResultHandler(IUnitOfWork<RecordsDbContext> unit, ResultChanges changes) : ICommandHandler<DeleteResultCommand, Result>
{
    public Task<Outcome<Result>> HandleAsync(DeleteResultCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(command.Result, CourseRightKind.Report, command.By,
            (result, field) =>
            {
                if (result.CheckDeletable(field) is { } refused) return refused;
                unit.Db.Results.Remove(result);
                return null;
            },
            cancellationToken);
}
