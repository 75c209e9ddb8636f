namespace Ladok.Kernel.Auditing;

/// <summary>
/// One write to one entity: who, when, what, and each changed field's old and new value.
/// Append-only: the type has no way to change an entry, and the database refuses UPDATE, DELETE
/// and TRUNCATE on the table (<see cref="AuditMigrations.MakeAuditTrailAppendOnly"/>).
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry(
        Guid id, string subjectType, Guid? subjectId, string subjectKey, AuditAction action, string changedBy, DateTimeOffset changedAt,
        IReadOnlyList<AuditChange> changes)
    {
        Id = id;
        SubjectType = subjectType;
        SubjectId = subjectId;
        SubjectKey = subjectKey;
        Action = action;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
        Changes = changes;
    }

    public Guid Id { get; private set; }

    /// <summary>The entity type's name, for example <c>Student</c>.</summary>
    public string SubjectType { get; private set; }

    /// <summary>The entity's id when its key is one Guid (every domain entity's is); what the trail is searched by.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>The key as text, also for composite or non-Guid keys (parts joined by <c>|</c>).</summary>
    public string SubjectKey { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The acting user's id, as the module was given it.</summary>
    public string ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The fields written: all set fields on create, the changed ones on update, all on delete.</summary>
    public IReadOnlyList<AuditChange> Changes { get; private set; }

    internal static AuditEntry Record(
        string subjectType, Guid? subjectId, string subjectKey, AuditAction action, string changedBy, DateTimeOffset changedAt,
        IReadOnlyList<AuditChange> changes) =>
        new(Guid.CreateVersion7(changedAt), subjectType, subjectId, subjectKey, action, changedBy, changedAt.ToUniversalTime(), changes);
}

/// <summary>What a write did to its entity.</summary>
public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}

/// <summary>
/// One field's values before and after, as invariant text (dates ISO 8601, enums by name) so the
/// trail reads the same whatever the type; null where there was no value.
/// </summary>
public sealed record AuditChange(string Field, string? Old, string? New);
