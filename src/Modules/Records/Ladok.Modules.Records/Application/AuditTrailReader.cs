using System.Security.Claims;
using Ladok.Kernel.Auditing;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Records.Application;

/// <summary>
/// The audit trail of a Records object, oldest first. Shown to whoever may read the object: a
/// registration's or result's trail follows its department, also after a draft was deleted
/// (the department is then read from the trail itself). Another module's object is read from that
/// module's trail (<see cref="IAuditTrailSource"/>).
/// </summary>
public sealed class AuditTrailReader(IDbContextFactory<RecordsDbContext> databases, IEnumerable<IAuditTrailSource> otherModules)
{
    private static readonly string[] Subjects = ["Student", "Registration", "Result"];

    public async Task<Outcome<Connection<AuditEntry>>> TrailAsync(
        string? subjectId, ClaimsPrincipal caller, RecordsReadScope scope, PageRequest page, CancellationToken cancellationToken)
    {
        if (!GlobalId.TryParse(subjectId, out var id)) return DomainError.Of(KernelReasons.NotAnId, "subjectId", subjectId);
        var (type, key) = id.Value;
        if (!Subjects.Contains(type))
        {
            var keeper = otherModules.FirstOrDefault(m => m.SubjectTypes.Contains(type));
            if (keeper is not null) return await keeper.TrailAsync(type, key, caller, page, cancellationToken);

            var covered = Subjects.Concat(otherModules.SelectMany(m => m.SubjectTypes));
            return DomainError.Of(RecordsReasons.NoAuditTrail, "subjectId", string.Join(", ", covered), type);
        }

        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        if (type != "Student"
            && !(await DepartmentAsync(db, type, key, cancellationToken) is { } department && await scope.MayReadAsync(department, caller, cancellationToken)))
        {
            return DomainError.Of(RecordsReasons.AuditSubjectNotFound, "subjectId", type);
        }

        return Outcome<Connection<AuditEntry>>.Success(await db.TrailAsync(type, key, page, cancellationToken));
    }

    private static async Task<Guid?> DepartmentAsync(RecordsDbContext db, string type, Guid id, CancellationToken cancellationToken)
    {
        var stored = type == "Result"
            ? await db.Results.Where(r => r.Id == id).Select(r => (Guid?)r.DepartmentId).SingleOrDefaultAsync(cancellationToken)
            : await db.Registrations.Where(r => r.Id == id).Select(r => (Guid?)r.DepartmentId).SingleOrDefaultAsync(cancellationToken);
        if (stored is not null) return stored;

        var created = await db.Set<AuditEntry>()
            .Where(e => e.SubjectType == type && e.SubjectId == id && e.Action == AuditAction.Created)
            .SingleOrDefaultAsync(cancellationToken);
        return created?.Changes.FirstOrDefault(c => c.Field == "DepartmentId")?.New is { } text && Guid.TryParse(text, out var department) ? department : null;
    }
}
