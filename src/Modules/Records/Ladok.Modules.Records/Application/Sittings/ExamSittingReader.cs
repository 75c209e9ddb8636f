using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application.Sittings;

/// <summary>
/// Reads exam sittings with their sign-ups (a sitting's seats bound them, so they come along). Each call opens its own short-lived
/// context, as <see cref="RecordsReader"/>'s do.
/// </summary>
public sealed class ExamSittingReader(IDbContextFactory<RecordsDbContext> databases, ICatalogueQueries catalogue, TimeProvider clock)
{
    public async Task<ExamSitting?> SittingAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.ExamSittings.AsNoTracking().Include(s => s.SignUps).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>
    /// The course's sittings starting from <paramref name="from"/> up to (not including) <paramref name="until"/>, earliest first, cancelled
    /// ones too.
    /// </summary>
    public async Task<IReadOnlyList<ExamSitting>> SittingsAsync(
        string courseCode, DateTimeOffset? from, DateTimeOffset? until, CancellationToken cancellationToken)
    {
        var code = courseCode.Trim().ToUpperInvariant();
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = db.ExamSittings.AsNoTracking().Include(s => s.SignUps).Where(s => s.CourseCode == code);
        if (from is { } start) query = query.Where(s => s.StartsAt >= start);
        if (until is { } end) query = query.Where(s => s.StartsAt < end);
        return await query.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// A student's sittings ("Mina studier"): those not yet over on a course version the student is registered on (neither withdrawn nor
    /// dropped out), where they may sign up, and those they signed up for, earliest first, cancelled ones too.
    /// </summary>
    public async Task<IReadOnlyList<ExamSitting>> OfStudentAsync(Guid studentId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var offeringIds = await db.Registrations.AsNoTracking()
            .Where(r => r.StudentId == studentId && r.WithdrawnOn == null && r.DroppedOutOn == null)
            .Select(r => r.OfferingId).Distinct().ToListAsync(cancellationToken);
        var offerings = await catalogue.GetOfferingsAsync(offeringIds, cancellationToken);
        var versionIds = offerings.Values.Select(o => o.CourseVersionId).Distinct().ToList();
        var now = clock.GetUtcNow();
        return await db.ExamSittings.AsNoTracking().Include(s => s.SignUps)
            .Where(s => s.EndsAt > now && (versionIds.Contains(s.CourseVersionId) || s.SignUps.Any(u => u.StudentId == studentId)))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The students of the sign-ups, by id, for the participants a caller may see by name.</summary>
    public async Task<IReadOnlyDictionary<Guid, Student>> StudentsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Students.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
    }
}
