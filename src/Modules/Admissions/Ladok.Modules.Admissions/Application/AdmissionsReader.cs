using System.Runtime.CompilerServices;
using Ladok.Modules.Admissions.Contracts;
using Ladok.Modules.Admissions.Data;
using Ladok.Modules.Admissions.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Admissions.Application;

/// <summary>The Admissions module's reads: for the GraphQL layer's loaders, and its facade for other modules.</summary>
public sealed class AdmissionsReader(IDbContextFactory<AdmissionsDbContext> databases) : IAdmissionQueries
{
    /// <summary>The admissions to each offering, by reserve place and then as recorded.</summary>
    public async Task<IReadOnlyDictionary<Guid, List<Admission>>> ByOfferingIdsAsync(IReadOnlyCollection<Guid> offeringIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var admissions = await db.Admissions.AsNoTracking().Where(a => offeringIds.Contains(a.OfferingId))
            .OrderBy(a => a.ReservePlace).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return admissions.GroupBy(a => a.OfferingId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>Each student's admissions, latest recorded first.</summary>
    public async Task<IReadOnlyDictionary<Guid, List<Admission>>> ByStudentIdsAsync(IReadOnlyCollection<Guid> studentIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var admissions = await db.Admissions.AsNoTracking().Where(a => studentIds.Contains(a.StudentId))
            .OrderByDescending(a => a.Id).ToListAsync(cancellationToken);
        return admissions.GroupBy(a => a.StudentId).ToDictionary(g => g.Key, g => g.ToList());
    }

    public async IAsyncEnumerable<AdmissionInfo> AllAdmissionsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var admissions = db.Admissions.AsNoTracking().OrderBy(a => a.OfferingId).ThenBy(a => a.Id).AsAsyncEnumerable();
        await foreach (var a in admissions.WithCancellation(cancellationToken))
        {
            yield return new AdmissionInfo(a.Id, a.StudentId, a.OfferingId, a.Status.ToString(), a.ReservePlace);
        }
    }

    public async Task<IReadOnlyList<AdmissionInfo>> AdmissionsOfStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        (await ByStudentIdsAsync([studentId], cancellationToken)).GetValueOrDefault(studentId, [])
            .Select(a => new AdmissionInfo(a.Id, a.StudentId, a.OfferingId, a.Status.ToString(), a.ReservePlace)).ToList();
}
