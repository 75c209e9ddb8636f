using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Results;

/// <summary>Attestera: an examiner named on each result decides it, if the university's result rules agree; from now on it counts and is never edited.</summary>
public sealed class AttestResultsHandler(IDbContextFactory<RecordsDbContext> databases, CourseRights rights, ResultRules rules, IOutboxSignal outbox, TimeProvider clock)
{
    public async Task<Outcome<IReadOnlyList<Result>>> HandleAsync(DecideResultsCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.By, clock, cancellationToken);
        var attested = await ResultChanges.ApplyAsync(db, rights, command.Results, CourseRightKind.Attest, command.By,
            (result, path) =>
            {
                if (result.Attest(command.By, clock, path) is { } refused) return refused;
                db.AddIntegrationEvent(ResultEvents.Attested(result), clock);
                return null;
            },
            cancellationToken,
            thenCheck: decided => rules.CheckAsync(db, ResultStep.Attest, decided, command.By, cancellationToken));
        if (attested.Succeeded) outbox.Notify();
        return attested;
    }
}
