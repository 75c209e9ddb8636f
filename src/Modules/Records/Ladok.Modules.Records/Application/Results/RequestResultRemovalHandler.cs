using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>The first step of changing an attested result: a reporter asks for its removal, saying why.</summary>
public sealed class RequestResultRemovalHandler(IDbContextFactory<RecordsDbContext> databases, CourseRights rights, TimeProvider clock)
{
    public async Task<Outcome<Result>> HandleAsync(RequestResultRemovalCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        var changed = await ResultChanges.ApplyAsync(db, rights, [command.Result], CourseRightKind.Report, command.By,
            (result, path) => result.RequestRemoval(command.By, command.Reason, clock, path), cancellationToken, single: true);
        return changed.Succeeded ? Outcome<Result>.Success(changed.Value![0]) : Outcome<Result>.Failure(changed.Errors);
    }
}
