using Ladok.Kernel.Commands;
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
    IUnitOfWork<RecordsDbContext> unit, ICatalogueQueries catalogue, Registrars registrars, RegistrationLocks locks, TimeProvider clock)
    : ICommandHandler<WithdrawRegistrationCommand, Registration>
{
    public async Task<Outcome<Registration>> HandleAsync(WithdrawRegistrationCommand command, CancellationToken cancellationToken)
    {
        if (await locks.RegistrationAsync(command.RegistrationId, cancellationToken) is not { } registration)
        {
            return DomainError.NotFound("There is no such registration.", nameof(command.RegistrationId));
        }

        var offering = await catalogue.GetOfferingAsync(registration.OfferingId, cancellationToken)
            ?? throw new InvalidOperationException($"The Catalogue has no offering {registration.OfferingId} for registration {registration.Id}.");
        if (await registrars.RefusedAsync(command.WithdrawnBy, offering.DepartmentId, $"record withdrawals on {offering.CourseCode} {offering.Term}",
                Field.Of(nameof(command.RegistrationId)), cancellationToken) is { } refused)
        {
            return refused;
        }

        var results = await unit.Db.Results.Where(r => r.RegistrationId == registration.Id).ToListAsync(cancellationToken);
        var withdrawn = registration.Withdraw(offering, results, command.WithdrawnBy, clock);
        if (!withdrawn.Succeeded) return withdrawn;

        unit.Db.AddIntegrationEvent(new RegistrationWithdrawn(registration.Id, registration.StudentId, offering.Id, offering.CourseId, offering.DepartmentId,
            registration.WithdrawnOn!.Value), clock);
        return withdrawn;
    }
}
