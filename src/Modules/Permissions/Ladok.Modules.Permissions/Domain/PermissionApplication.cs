using Ladok.Kernel.Errors;

namespace Ladok.Modules.Permissions.Domain;

public enum ApplicationStatus
{
    Pending,
    Approved,
    Rejected,

    /// <summary>Taken back by the applicant before anyone decided it.</summary>
    Withdrawn,
}

/// <summary>Ansökan om behörighet: a user asks for a profile at a unit; its prefekt approves or rejects.</summary>
public sealed class PermissionApplication
{
    private PermissionApplication()
    {
    }

    public PermissionApplication(
        string userId, string profileCode, Guid organisationUnitId, string organisationUnitCode, string motivation, DateTimeOffset submittedAt)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        ProfileCode = profileCode;
        OrganisationUnitId = organisationUnitId;
        OrganisationUnitCode = organisationUnitCode;
        Motivation = motivation;
        SubmittedAt = submittedAt;
        Status = ApplicationStatus.Pending;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string ProfileCode { get; private set; } = "";

    public Guid OrganisationUnitId { get; private set; }

    public string OrganisationUnitCode { get; private set; } = "";

    public string Motivation { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecisionReason { get; private set; }

    public uint RowVersion { get; private set; }

    public DomainError? Decide(bool approve, string by, string? reason, DateTimeOffset at)
    {
        if (Status != ApplicationStatus.Pending)
        {
            return DomainError.Of(PermissionReasons.ApplicationDecided, nameof(Id), PermissionReasons.Decided(Status), DecidedBy);
        }

        if (!approve && string.IsNullOrWhiteSpace(reason)) return DomainError.Of(PermissionReasons.RejectionReasonMissing, nameof(reason));

        Status = approve ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
        DecidedBy = by;
        DecidedAt = at;
        DecisionReason = reason?.Trim();
        return null;
    }

    /// <summary>The applicant takes the application back while it is pending; <see cref="DecidedBy"/> and <see cref="DecidedAt"/> say when.</summary>
    public DomainError? Withdraw(string by, DateTimeOffset at)
    {
        if (by != UserId) return DomainError.Of(PermissionReasons.NotApplicant, nameof(Id));
        if (Status != ApplicationStatus.Pending)
        {
            return DomainError.Of(PermissionReasons.ApplicationDecided, nameof(Id), PermissionReasons.Decided(Status), DecidedBy);
        }

        Status = ApplicationStatus.Withdrawn;
        DecidedBy = by;
        DecidedAt = at;
        return null;
    }
}
