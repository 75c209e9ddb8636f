using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// Participation states of many registrations for the graph: breaks and completion in two
/// queries, each distinct offering's dates once from the Catalogue, then the pure rule of
/// <see cref="Participation"/> on today's date.
/// </summary>
public sealed class ParticipationStates(IDbContextFactory<RecordsDbContext> databases, ICatalogueQueries catalogue, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<Guid, ParticipationState>> ByRegistrationIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var registrations = await db.Registrations.Include(r => r.StudyBreaks).Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        // Completed is the student's on the offering: a course grade reported under the FFG completes the FO on it too, and the other way round.
        var completed = (await db.Results
                .Where(r => r.RegistrationId != null && r.ModuleId == null && r.IsPassing
                            && (r.Status == ResultStatus.Attested || r.Status == ResultStatus.RemovalRequested)
                            && db.Registrations.Any(g => ids.Contains(g.Id) && g.StudentId == r.StudentId && g.OfferingId == r.OfferingId))
                .Select(r => new { r.StudentId, OfferingId = r.OfferingId!.Value })
                .ToListAsync(cancellationToken))
            .Select(r => (r.StudentId, r.OfferingId))
            .ToHashSet();

        var offerings = new Dictionary<Guid, OfferingInfo?>();
        foreach (var offeringId in registrations.Select(r => r.OfferingId).Distinct())
        {
            offerings[offeringId] = await catalogue.GetOfferingAsync(offeringId, cancellationToken);
        }

        var today = RecordsRules.Today(clock);
        // Offerings are never deleted from the Catalogue; a missing one is a broken reference, not a state to guess.
        return registrations.ToDictionary(r => r.Id, r =>
        {
            var offering = offerings[r.OfferingId]
                ?? throw new InvalidOperationException($"The Catalogue has no offering {r.OfferingId} for registration {r.Id}.");
            return Participation.StateOf(
                today, offering.StartDate, offering.EndDate, r.WithdrawnOn is not null, completed.Contains((r.StudentId, r.OfferingId)),
                r.DroppedOutOn is not null, r.StudyBreaks.Select(b => b.Span));
        });
    }
}
