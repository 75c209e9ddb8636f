using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Takes ready results back to draft, to be edited before an examiner decides.</summary>
public sealed class ReturnResultsToDraftHandler(IDbContextFactory<RecordsDbContext> databases, CourseRights rights, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<Result>>> HandleAsync(DecideResultsCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        return await ResultChanges.ApplyAsync(db, rights, command.Results, CourseRightKind.Report, command.By,
            (result, path) => result.ReturnToDraft(command.By, clock, path), cancellationToken);
    }
}
