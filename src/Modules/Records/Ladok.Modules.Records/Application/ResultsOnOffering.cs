using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// A student's results on an offering, on any of their registrations on it: on an offering over
/// several terms a module passed under the FFG still dates the FO's dropout and makes it not early.
/// </summary>
public static class ResultsOnOffering
{
    /// <summary>The student's results on the registration's offering.</summary>
    public static Task<List<Result>> OfAsync(RecordsDbContext db, Registration registration, CancellationToken cancellationToken) =>
        db.Results.Where(r => r.StudentId == registration.StudentId && r.OfferingId == registration.OfferingId && r.RegistrationId != null)
            .ToListAsync(cancellationToken);

    /// <summary>The student's results on each of the offerings, by offering.</summary>
    public static async Task<ILookup<Guid, Result>> OfAsync(RecordsDbContext db, Guid studentId, IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        var ids = offeringIds.Select(id => (Guid?)id).ToList();
        return (await db.Results.Where(r => r.StudentId == studentId && r.RegistrationId != null && ids.Contains(r.OfferingId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.OfferingId!.Value);
    }
}
