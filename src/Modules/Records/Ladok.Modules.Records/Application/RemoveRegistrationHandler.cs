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
    IUnitOfWork<RecordsDbContext> unit, RegistrarsRegistrations registrations, TimeProvider clock)
    : ICommandHandler<RemoveRegistrationCommand, Registration>
{
    public async Task<Outcome<Registration>> HandleAsync(RemoveRegistrationCommand command, CancellationToken cancellationToken)
    {
        var held = await registrations.LockAsync(
            command.RegistrationId, command.RemovedBy, RecordsReasons.RemoveRegistrations, Field.Of(nameof(command.RegistrationId)), cancellationToken);
        if (!held.Succeeded) return Outcome<Registration>.Failure(held.Errors);
        var (registration, offering) = held.Value!;

        var results = await unit.Db.Results.Where(r => r.RegistrationId == registration.Id).ToListAsync(cancellationToken);
        var removed = registration.Remove(offering, results, command.RemovedBy, clock);
        if (!removed.Succeeded) return removed;

        unit.Db.AddIntegrationEvent(new RegistrationWithdrawn(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.DepartmentId,
            registration.WithdrawnOn!.Value), clock);
        return removed;
    }
}
