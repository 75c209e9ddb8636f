using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Events;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Ta bort registrering: a registration that should not stand is removed before the offering starts (ADR 0018). The row
/// stays, withdrawn, and counts for nothing; a student who leaves once the offering has started gets a dropout instead.
/// </summary>
public sealed class RemoveRegistrationHandler(
    IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, Registrars registrars, RegistrationLocks locks, TimeProvider clock)
    : ICommandHandler<RemoveRegistrationCommand, Registration>
{
    public async Task<Outcome<Registration>> HandleAsync(RemoveRegistrationCommand command, CancellationToken cancellationToken)
    {
        if (await locks.RegistrationAsync(command.RegistrationId, cancellationToken) is not { } registration)
        {
            return DomainError.NotFound("There is no such registration.", nameof(command.RegistrationId));
        }

        var offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.Id}.");
        if (await registrars.RefusedAsync(command.RemovedBy, offering.DepartmentId, $"remove registrations on {offering.CourseCode} {offering.Term}",
                Field.Of(nameof(command.RegistrationId)), cancellationToken) is { } refused)
        {
            return refused;
        }

        var results = await unit.Db.Results.Where(r => r.RegistrationId == registration.Id).ToListAsync(cancellationToken);
        var removed = registration.Remove(offering, results, command.RemovedBy, clock);
        if (!removed.Succeeded) return removed;

        unit.Db.AddIntegrationEvent(new RegistrationWithdrawn(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.DepartmentId,
            registration.WithdrawnOn!.Value), clock);
        return removed;
    }
}
