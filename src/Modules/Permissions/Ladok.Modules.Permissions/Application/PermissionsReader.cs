using Ladok.Kernel.Auditing;
using Ladok.Kernel.Commands;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Data;
using Ladok.Modules.Permissions.Domain;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Permissions.Application;

/// <summary>A training the caller still lacks, and the profiles it would open.</summary>
public sealed record MissingTraining(TrainingInfo Training, IReadOnlyList<string> Unlocks);

/// <summary>What permission applications can be sorted on.</summary>
public enum ApplicationOrderField
{
    SubmittedAt,
    /// <summary>In the order of <see cref="ApplicationStatus"/>'s values: pending, approved, rejected.</summary>
    Status,
}

/// <summary>An application with its status's place, for EF to sort on.</summary>
public sealed class ApplicationRow
{
    public PermissionApplication Application { get; init; } = null!;
    public int Status { get; init; }
}

/// <summary>The Permissions module's reads, one short-lived context each.</summary>
public sealed class PermissionsReader(
    IDbContextFactory<PermissionsDbContext> databases, CallerRights rights, IPermissionPrerequisites prerequisites, ITrainingQueries training,
    TimeProvider clock)
{
    public async Task<User?> UserAsync(Caller caller, CancellationToken cancellationToken)
    {
        await rights.ActiveGrantsAsync(caller.UserId, caller.Name, cancellationToken); // a first sign-in records the user
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserId == caller.UserId, cancellationToken);
    }

    public async Task<List<Grant>> ActiveGrantsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = Today();
        return await db.Grants.AsNoTracking()
            .Where(g => g.UserId == userId && g.EndedAt == null && g.ValidFrom <= today && (g.ValidTo == null || g.ValidTo >= today))
            .OrderBy(g => g.GrantedAt).ToListAsync(cancellationToken);
    }

    public async Task<List<CourseRight>> CourseRightsAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.CourseRights.AsNoTracking().Where(r => r.UserId == userId && r.RevokedAt == null)
            .OrderBy(r => r.CourseCode).ThenBy(r => r.Kind).ToListAsync(cancellationToken);
    }

    public async Task<List<PermissionApplication>> ApplicationsOfAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Applications.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.SubmittedAt).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Applications the caller may decide: at a unit where (or above which) they hold the decide function; the few units among the
    /// matches are asked once each, then the list is filtered, sorted and paged in SQL. Without an order, oldest submitted first.
    /// </summary>
    public async Task<Connection<PermissionApplication>> ApplicationsToDecideAsync(Caller caller, ApplicationStatus? status,
        IReadOnlyList<Ordering<ApplicationOrderField>> order, PageRequest page, CancellationToken cancellationToken)
    {
        var grants = await rights.ActiveGrantsAsync(caller.UserId, caller.Name, cancellationToken);
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var candidates = db.Applications.AsNoTracking().Where(a => status == null || a.Status == status);

        var decidable = new List<Guid>();
        foreach (var unit in await candidates.Select(a => a.OrganisationUnitId).Distinct().ToListAsync(cancellationToken))
        {
            if (await rights.AllowsAtAsync(grants, PermissionPolicies.Decide, unit, cancellationToken)) decidable.Add(unit);
        }

        var rows = candidates.Where(a => decidable.Contains(a.OrganisationUnitId)).Select(a => new ApplicationRow
        {
            Application = a,
            Status = a.Status == ApplicationStatus.Pending ? 0 : a.Status == ApplicationStatus.Approved ? 1 : a.Status == ApplicationStatus.Rejected ? 2 : 3,
        });
        IReadOnlyList<Ordering<ApplicationOrderField>> sorted = order.Count > 0
            ? order : [new Ordering<ApplicationOrderField> { Field = ApplicationOrderField.SubmittedAt, Direction = OrderDirection.Ascending }];
        var connection = await rows.ToConnectionAsync(
            [.. sorted.Select(ApplicationKey), SortKey.Code<ApplicationRow>(r => r.Application.Id.ToString(), OrderDirection.Ascending)],
            page, cancellationToken);
        return connection.Map(r => r.Application);
    }

    private static SortKey<ApplicationRow> ApplicationKey(Ordering<ApplicationOrderField> order) => order.Field == ApplicationOrderField.Status
        ? SortKey.Number<ApplicationRow>(r => r.Status, order.Direction)
        : SortKey.Instant<ApplicationRow>(r => r.Application.SubmittedAt, order.Direction);

    public async Task<List<PermissionProfile>> ProfilesAsync(CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Profiles.AsNoTracking().OrderBy(p => p.Code).ToListAsync(cancellationToken);
    }

    /// <summary>The history of each grant, application or course right, oldest step first.</summary>
    public async Task<IReadOnlyDictionary<Guid, List<HistoryStep>>> HistoryAsync(IReadOnlyCollection<Guid> subjectIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var trail = await db.Set<AuditEntry>().AsNoTracking().Where(e => e.SubjectId != null && subjectIds.Contains(e.SubjectId.Value))
            .ToListAsync(cancellationToken);
        return trail.GroupBy(e => e.SubjectId!.Value).ToDictionary(g => g.Key, PermissionHistory.Of);
    }

    /// <summary>The caller's completed trainings (codes), and each required training they lack with the profiles it opens.</summary>
    public async Task<(IReadOnlyList<TrainingInfo> Completed, IReadOnlyList<MissingTraining> Missing)> TrainingsAsync(
        string userId, CancellationToken cancellationToken)
    {
        var completed = await training.CompletedTrainingCodesAsync(userId, Today(), cancellationToken);
        var all = await training.TrainingsAsync(cancellationToken);
        var profiles = await ProfilesAsync(cancellationToken);
        var missing = all.Where(t => !completed.Contains(t.Code))
            .Select(t => new MissingTraining(t, profiles.Where(p => prerequisites.RequiredTrainingCodes(p.Code).Contains(t.Code)).Select(p => p.Code).ToList()))
            .Where(m => m.Unlocks.Count > 0)
            .ToList();
        return (all.Where(t => completed.Contains(t.Code)).ToList(), missing);
    }

    /// <summary>
    /// Users whose name or user id contains <paramref name="search"/> (ignoring case), by user id. The keys of the page are user ids,
    /// unique and stable, so a page stays put while users are added elsewhere.
    /// </summary>
    public async Task<Connection<User>> UsersAsync(string? search, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
                .Replace("_", @"\_", StringComparison.Ordinal) + "%";
            users = users.Where(u => EF.Functions.ILike(u.Name, pattern, @"\") || EF.Functions.ILike(u.UserId, pattern, @"\"));
        }
        return await users.ToConnectionAsync(u => u.UserId, page, cancellationToken);
    }

    /// <summary>The recorded users among these user ids.</summary>
    public async Task<IReadOnlyDictionary<string, User>> UsersByUserIdsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => userIds.Contains(u.UserId)).ToDictionaryAsync(u => u.UserId, cancellationToken);
    }

    /// <summary>The units where each user holds an active grant, each unit once.</summary>
    public async Task<IReadOnlyDictionary<string, List<Guid>>> UnitsOfUsersAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = Today();
        var held = await db.Grants.AsNoTracking()
            .Where(g => userIds.Contains(g.UserId) && g.EndedAt == null && g.ValidFrom <= today && (g.ValidTo == null || g.ValidTo >= today))
            .Select(g => new { g.UserId, g.OrganisationUnitId }).Distinct().ToListAsync(cancellationToken);
        return held.GroupBy(g => g.UserId).ToDictionary(g => g.Key, g => g.Select(x => x.OrganisationUnitId).ToList());
    }

    public async Task<IReadOnlyDictionary<string, PermissionProfile>> ProfilesByCodesAsync(
        IReadOnlyCollection<string> codes, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Profiles.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, cancellationToken);
    }

    /// <summary>The active grants held at each unit itself (not above it), by user id and profile.</summary>
    public async Task<IReadOnlyDictionary<Guid, List<Grant>>> GrantsAtUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var today = Today();
        var grants = await db.Grants.AsNoTracking()
            .Where(g => unitIds.Contains(g.OrganisationUnitId) && g.EndedAt == null && g.ValidFrom <= today && (g.ValidTo == null || g.ValidTo >= today))
            .OrderBy(g => g.UserId).ThenBy(g => g.ProfileCode).ToListAsync(cancellationToken);
        return grants.GroupBy(g => g.OrganisationUnitId).ToDictionary(g => g.Key, g => g.ToList());
    }

    /// <summary>The user ids holding an active right of <paramref name="kind"/> on each course.</summary>
    public async Task<IReadOnlyDictionary<Guid, List<string>>> HoldersOfCourseRightAsync(
        IReadOnlyCollection<Guid> courseIds, CourseRightKind kind, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var rights = await db.CourseRights.AsNoTracking().Where(r => courseIds.Contains(r.CourseId) && r.Kind == kind && r.RevokedAt == null)
            .Select(r => new { r.CourseId, r.UserId }).ToListAsync(cancellationToken);
        return rights.GroupBy(r => r.CourseId).ToDictionary(g => g.Key, g => g.Select(r => r.UserId).Distinct().ToList());
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
