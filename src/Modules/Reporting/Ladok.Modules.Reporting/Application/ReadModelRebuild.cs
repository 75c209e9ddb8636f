using Ladok.Kernel.Events;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ladok.Modules.Reporting.Application;

/// <summary>
/// Recreates the read model from the Records module's facade, through the same handlers the
/// outbox calls, so rebuilt figures equal the ones events built. Run it when nothing is being
/// reported: figures read during the rebuild are partial.
/// </summary>
public sealed class ReadModelRebuild(
    IDbContextFactory<ReportingDbContext> databases, IRecordsQueries records,
    RegistrationRecordedHandler registrations, DropoutRecordedHandler dropouts, RegistrationWithdrawnHandler withdrawals,
    ResultAttestedHandler attested, ResultRemovedHandler removed,
    ILogger<ReadModelRebuild> logger)
{
    public async Task<(int Registrations, int Results)> RunAsync(CancellationToken cancellationToken)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            await db.Database.ExecuteSqlRawAsync("TRUNCATE reporting.registrations, reporting.results", cancellationToken);
        }

        // A rebuild is not a delivery: the context carries a fresh id the handlers never de-duplicate on.
        var context = new IntegrationEventContext(Guid.Empty, DateTimeOffset.UtcNow, 1);
        var (registrationCount, resultCount) = (0, 0);
        await foreach (var registration in records.AllRegistrationsAsync(cancellationToken))
        {
            await registrations.HandleAsync(registration, context, cancellationToken);
            registrationCount++;
        }
        await foreach (var dropout in records.AllDropoutsAsync(cancellationToken))
        {
            await dropouts.HandleAsync(dropout, context, cancellationToken);
        }
        await foreach (var withdrawal in records.AllWithdrawalsAsync(cancellationToken))
        {
            await withdrawals.HandleAsync(withdrawal, context, cancellationToken);
        }
        await foreach (var result in records.AllAttestedResultsAsync(cancellationToken))
        {
            await attested.HandleAsync(result, context, cancellationToken);
            resultCount++;
        }
        await foreach (var removal in records.AllRemovedResultsAsync(cancellationToken))
        {
            await removed.HandleAsync(removal, context, cancellationToken);
        }

        logger.LogInformation("Rebuilt the reporting read model: {Registrations} registrations, {Results} attested results", registrationCount, resultCount);
        return (registrationCount, resultCount);
    }
}
