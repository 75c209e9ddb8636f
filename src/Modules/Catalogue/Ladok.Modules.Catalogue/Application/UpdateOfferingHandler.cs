using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

public sealed class UpdateOfferingHandler(IUnitOfWork<CatalogueDbContext> unit) : ICommandHandler<UpdateOfferingCommand, Offering>
{
    public async Task<Outcome<Offering>> HandleAsync(UpdateOfferingCommand command, CancellationToken cancellationToken)
    {
        var db = unit.Db;

        var offering = await db.Offerings.SingleOrDefaultAsync(o => o.Id == command.OfferingId, cancellationToken);
        if (offering is null) return DomainError.Of(KernelReasons.OfferingNotFound, nameof(command.OfferingId));

        if (offering.RowVersion != command.Version)
        {
            return DomainError.Of(KernelReasons.StaleVersion, nameof(command.Version));
        }

        var errors = offering.Update(command.StartDate, command.EndDate, command.PacePercent, command.Status, command.StudyForm, command.Place);
        if (errors.Count > 0) return Outcome<Offering>.Failure(errors);

        // The version the caller read is the one the UPDATE must still find, so a writer that
        // got in between makes this one fail instead of being overwritten.
        db.Entry(offering).Property(o => o.RowVersion).OriginalValue = command.Version;
        unit.OnDuplicate(DomainError.Of(CatalogueReasons.OfferingExists, Field.Whole, offering.Code, offering.Term));
        return Outcome<Offering>.Success(offering);
    }
}
