using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Avslå: an examiner named on each result sends it back to the reporter, saying why.</summary>
public sealed class RejectResultsHandler(IDbContextFactory<RecordsDbContext> databases, CourseRights rights, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<Result>>> HandleAsync(DecideResultsCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        return await ResultChanges.ApplyAsync(db, rights, command.Results, CourseRightKind.Attest, command.By,
            (result, path) => result.Reject(command.By, command.Reason ?? "", clock, path), cancellationToken);
    }
}
