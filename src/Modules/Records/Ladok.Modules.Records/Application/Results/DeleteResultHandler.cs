using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Deletes a draft or rejected result: nobody has decided on it, so nothing needs keeping but the audit trail.</summary>
public sealed class DeleteResultHandler(IDbContextFactory<RecordsDbContext> databases, CourseRights rights, TimeProvider clock)
{
    public async Task<Outcome<Result>> HandleAsync(DeleteResultCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        var deleted = await ResultChanges.ApplyAsync(db, rights, [command.Result], CourseRightKind.Report, command.By,
            (result, path) =>
            {
                if (result.CheckDeletable(path) is { } refused) return refused;
                db.Results.Remove(result);
                return null;
            },
            cancellationToken, single: true);
        return deleted.Succeeded ? Outcome<Result>.Success(deleted.Value![0]) : Outcome<Result>.Failure(deleted.Errors);
    }
}
