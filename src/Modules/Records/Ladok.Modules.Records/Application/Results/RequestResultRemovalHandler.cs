using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>The first step of changing an attested result: a reporter asks for its removal, saying why.</summary>
public sealed class RequestResultRemovalHandler(ResultChanges changes, TimeProvider clock) : ICommandHandler<RequestResultRemovalCommand, Result>
{
    public Task<Outcome<Result>> HandleAsync(RequestResultRemovalCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(command.Result, CourseRightKind.Report, command.By,
            (result, field) => result.RequestRemoval(command.By, command.Reason, clock, field), cancellationToken);
}
