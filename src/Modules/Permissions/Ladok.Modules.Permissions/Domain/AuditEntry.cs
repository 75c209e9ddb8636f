namespace Ladok.Modules.Permissions.Domain;

/// <summary>Logg: who did what to a permission, application or course right, when and why. Never changed.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(Guid subjectId, string action, string actor, DateTimeOffset at, string? reason)
    {
        Id = Guid.CreateVersion7();
        SubjectId = subjectId;
        Action = action;
        Actor = actor;
        At = at;
        Reason = reason;
    }

    public Guid Id { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>What happened, for example <c>applied</c>, <c>approved</c>, <c>granted</c>, <c>ended</c>.</summary>
    public string Action { get; private set; } = "";

    public string Actor { get; private set; } = "";

    public DateTimeOffset At { get; private set; }

    public string? Reason { get; private set; }
}
