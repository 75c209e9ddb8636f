using Ladok.Kernel.Commands;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// A student's results on an offering, on any of their registrations on it: on an offering over
/// several terms a module passed under the FFG still dates the FO's dropout and makes it not early.
/// </summary>
public sealed class ResultsOnOffering(IUnitOfWork<RecordsDbContext> unit)
{
    /// <summary>The student's results on the registration's offering.</summary>
    public Task<List<Result>> OfAsync(Registration registration, CancellationToken cancellationToken) =>
        unit.Db.Results.Where(r => r.StudentId == registration.StudentId && r.OfferingId == registration.OfferingId && r.RegistrationId != null)
            .ToListAsync(cancellationToken);

    /// <summary>The student's results on each of the offerings, by offering.</summary>
    public async Task<ILookup<Guid, Result>> OfAsync(Guid studentId, IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Select(id => (Guid?)id).ToList();
        return (await unit.Db.Results.Where(r => r.StudentId == studentId && r.RegistrationId != null && ids.Contains(r.OfferingId))
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.OfferingId!.Value);
    }
}
