using Ladok.Kernel.Data;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Application;

public sealed class UpdateOfferingHandler(IDbContextFactory<CatalogueDbContext> databases)
{
    public async Task<Outcome<Offering>> HandleAsync(UpdateOfferingCommand command, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);

        var offering = await db.Offerings.SingleOrDefaultAsync(o => o.Id == command.OfferingId, cancellationToken);
        if (offering is null) return DomainError.NotFound("There is no such offering.", "input", "offeringId");

        if (offering.RowVersion != command.Version)
        {
            return DomainError.Conflict("Someone else changed this offering since you read it. Reload it and try again.", "input", "version");
        }

        var errors = offering.Update(command.StartDate, command.EndDate, command.PacePercent, command.Status);
        if (errors.Count > 0) return Outcome<Offering>.Failure(errors);

        // The version the caller read is the one the UPDATE must still find, so a writer that
        // got in between makes this one fail instead of being overwritten.
        db.Entry(offering).Property(o => o.RowVersion).OriginalValue = command.Version;
        return await db.TrySaveAsync(DomainError.Conflict("This offering already exists.", "input"), cancellationToken) is { } conflict ? conflict : Outcome<Offering>.Success(offering);
    }
}
