using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>Återbud: the student withdraws from a registration before the offering starts.</summary>
public sealed class WithdrawRegistrationHandler(
    IDbContextFactory<RecordsDbContext> databases, ICatalogueQueries catalogue, Registrars registrars, IOutboxSignal outbox, TimeProvider clock)
{
    public async Task<Outcome<Registration>> HandleAsync(WithdrawRegistrationCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.ActingAsAsync(command.WithdrawnBy, clock, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await RegistrationLocks.LockAsync(db, command.RegistrationId, cancellationToken) is not { } registration)
        {
            return DomainError.NotFound("There is no such registration.", "input", "registrationId");
        }

        var offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.Id}.");
        if (await registrars.RefusedAsync(command.WithdrawnBy, offering.DepartmentId,
                $"record withdrawals on {offering.CourseCode} {offering.Term}", ["input", "registrationId"], cancellationToken) is { } refused)
        {
            return refused;
        }

        var results = await db.Results.Where(r => r.RegistrationId == registration.Id).ToListAsync(cancellationToken);
        var withdrawn = registration.Withdraw(offering, results, command.WithdrawnBy, clock);
        if (!withdrawn.Succeeded) return withdrawn;

        db.AddIntegrationEvent(new RegistrationWithdrawn(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.DepartmentId,
            registration.WithdrawnOn!.Value), clock);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Notify();
        return withdrawn;
    }
}
