using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Klarmarkera: the reporter hands the results to the named examiners.</summary>
public sealed class MarkResultsReadyHandler(IDbContextFactory<RecordsDbContext> databases, CourseRights rights, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<Result>>> HandleAsync(MarkResultsReadyCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        return await ResultChanges.ApplyAsync(db, rights, command.Results, CourseRightKind.Report, command.By,
            (result, path) => result.MarkReady(command.Examiners, command.By, clock, path), cancellationToken);
    }
}
