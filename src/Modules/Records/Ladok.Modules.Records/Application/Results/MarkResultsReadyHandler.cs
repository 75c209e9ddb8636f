using Ladok.Kernel.Errors;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Klarmarkera: the reporter hands the results to the named examiners, if the university's result rules agree.</summary>
public sealed class MarkResultsReadyHandler(IDbContextFactory<RecordsDbContext> databases, CourseRights rights, ResultRules rules, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<Result>>> HandleAsync(MarkResultsReadyCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        return await ResultChanges.ApplyAsync(db, rights, command.Results, CourseRightKind.Report, command.By,
            (result, path) => result.MarkReady(command.Examiners, command.By, clock, path), cancellationToken,
            thenCheck: ready => rules.CheckAsync(db, ResultStep.Ready, ready, command.By, cancellationToken));
    }
}
