using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

/// <summary>Registreringsperiod: the days students may register themselves on an offering, set or cleared.</summary>
public sealed class SetRegistrationWindowHandler(IUnitOfWork<CatalogueDbContext> unit) : ICommandHandler<SetRegistrationWindowCommand, Offering>
{
    public async Task<Outcome<Offering>> HandleAsync(SetRegistrationWindowCommand command, CancellationToken cancellationToken)
    {
        var offering = await unit.Db.Offerings.SingleOrDefaultAsync(o => o.Id == command.OfferingId, cancellationToken);
        if (offering is null) return DomainError.Of(KernelReasons.OfferingNotFound, nameof(command.OfferingId));

        var errors = offering.SetRegistrationWindow(command.Opens, command.Closes);
        return errors.Count > 0 ? Outcome<Offering>.Failure(errors) : Outcome<Offering>.Success(offering);
    }
}
