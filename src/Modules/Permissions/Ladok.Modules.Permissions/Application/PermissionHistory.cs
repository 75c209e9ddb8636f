using Ladok.Kernel.Auditing;
using Ladok.Modules.Permissions.Domain;

namespace Ladok.Modules.Permissions.Application;

/// <summary>One step in the life of a grant, application or course right: what happened, who did it, when and why.</summary>
public sealed record HistoryStep(string Action, string Actor, DateTimeOffset At, string? Reason);

/// <summary>
/// Tells a permission's history from the module's audit trail, in the words the workflow uses
/// (<c>applied</c>, <c>approved</c>, <c>granted</c>, <c>ended</c>...): the trail records the fields a
/// write changed, and each step of the workflow changes fields of its own.
/// </summary>
public static class PermissionHistory
{
    /// <summary>Written by the migration that moved the module's own log into the trail, for a step it had no field for.</summary>
    public const string Event = "Event";

    /// <summary>What the old log recorded as the reason where no field of the entity holds it.</summary>
    public const string Note = "Note";

    /// <summary>
    /// The steps of one subject's trail, oldest first. Steps at the same moment (an approval and the grant it makes,
    /// or two writes under one fixed clock) put the creation first: ids drawn in one millisecond do not keep order.
    /// </summary>
    public static List<HistoryStep> Of(IEnumerable<AuditEntry> trail) =>
        trail.OrderBy(e => e.ChangedAt).ThenBy(e => e.Action).ThenBy(e => e.Id).Select(Step).ToList();

    private static HistoryStep Step(AuditEntry entry)
    {
        string? New(string field) => entry.Changes.FirstOrDefault(c => c.Field == field)?.New;
        bool Sets(string field) => New(field) is not null;

        var (action, reason) = (entry.SubjectType, entry.Action) switch
        {
            _ when New(Event) is { } happened => (happened, null),
            (nameof(PermissionApplication), AuditAction.Created) => ("applied", New(nameof(PermissionApplication.Motivation))),
            (nameof(PermissionApplication), AuditAction.Updated) when Sets(nameof(PermissionApplication.DecidedBy)) =>
                (New(nameof(PermissionApplication.Status)) == nameof(ApplicationStatus.Approved) ? "approved" : "rejected",
                    New(nameof(PermissionApplication.DecisionReason))),
            (nameof(Grant), AuditAction.Created) =>
                ("granted", New(nameof(Grant.ApplicationId)) is { } application ? $"application {application}" : null),
            (nameof(Grant), AuditAction.Updated) when Sets(nameof(Grant.EndedBy)) => ("ended", New(nameof(Grant.EndReason))),
            (nameof(CourseRight), AuditAction.Created) => ("course right granted", null),
            (nameof(CourseRight), AuditAction.Updated) when Sets(nameof(CourseRight.RevokedBy)) =>
                ("course right revoked", New(nameof(CourseRight.RevokeReason))),
            (nameof(User), AuditAction.Created) => ("user created", null),
            _ => (entry.Action.ToString().ToLowerInvariant(), null),
        };
        return new HistoryStep(action, entry.ChangedBy, entry.ChangedAt, reason ?? New(Note));
    }
}
