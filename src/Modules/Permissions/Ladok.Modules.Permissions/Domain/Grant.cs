using Ladok.Kernel.Errors;

namespace Ladok.Modules.Permissions.Domain;

/// <summary>
/// Användarbehörighet: a permission profile held at an organisation unit, and so at every unit
/// below it, from a date until it is ended.
/// </summary>
public sealed class Grant
{
    private Grant()
    {
    }

    public Grant(string userId, string profileCode, Guid organisationUnitId, string organisationUnitCode, DateOnly validFrom,
        string grantedBy, DateTimeOffset grantedAt, Guid? applicationId, DateOnly? validTo = null)
    {
        ValidTo = validTo;
        Id = Guid.CreateVersion7();
        UserId = userId;
        ProfileCode = profileCode;
        OrganisationUnitId = organisationUnitId;
        OrganisationUnitCode = organisationUnitCode;
        ValidFrom = validFrom;
        GrantedBy = grantedBy;
        GrantedAt = grantedAt;
        ApplicationId = applicationId;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = "";

    public string ProfileCode { get; private set; } = "";

    public Guid OrganisationUnitId { get; private set; }

    public string OrganisationUnitCode { get; private set; } = "";

    public DateOnly ValidFrom { get; private set; }

    /// <summary>The last day it applies; null until it is ended.</summary>
    public DateOnly? ValidTo { get; private set; }

    public string GrantedBy { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public Guid? ApplicationId { get; private set; }

    public string? EndedBy { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    public uint RowVersion { get; private set; }

    public bool IsActive(DateOnly today) => EndedAt is null && ValidFrom <= today && (ValidTo is null || today <= ValidTo);

    /// <summary>Avsluta: ends the permission for good; an ended one stays on record.</summary>
    public DomainError? End(string by, string reason, DateTimeOffset at)
    {
        if (EndedAt is not null) return DomainError.Of(PermissionReasons.PermissionEnded, nameof(Id), EndedAt, EndedBy);
        if (string.IsNullOrWhiteSpace(reason)) return DomainError.Of(PermissionReasons.EndReasonMissing, nameof(reason));

        EndedBy = by;
        EndedAt = at;
        EndReason = reason.Trim();
        return null;
    }
}
