using Ladok.Modules.Permissions.Contracts;

namespace Ladok.Modules.Permissions.Domain;

/// <summary>Rapporterings- eller attesteringsrätt: a right to report or attest results on one course.</summary>
public sealed class CourseRight
{
    private CourseRight()
    {
    }

    public CourseRight(string userId, CourseRightKind kind, Guid courseId, string courseCode, string grantedBy, DateTimeOffset grantedAt)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Kind = kind;
        CourseId = courseId;
        CourseCode = courseCode;
        GrantedBy = grantedBy;
        GrantedAt = grantedAt;
    }

    public Guid Id { get; private set; }

    public string UserId { get; private set; } = "";

    public CourseRightKind Kind { get; private set; }

    public Guid CourseId { get; private set; }

    public string CourseCode { get; private set; } = "";

    public string GrantedBy { get; private set; } = "";

    public DateTimeOffset GrantedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokeReason { get; private set; }

    public bool IsActive => RevokedAt is null;

    public Kernel.Errors.DomainError? Revoke(string by, string reason, DateTimeOffset at)
    {
        if (RevokedAt is not null) return Kernel.Errors.DomainError.Of(PermissionReasons.CourseRightRevoked, nameof(Id), RevokedBy);
        if (string.IsNullOrWhiteSpace(reason)) return Kernel.Errors.DomainError.Of(PermissionReasons.RevocationReasonMissing, nameof(reason));

        RevokedBy = by;
        RevokedAt = at;
        RevokeReason = reason.Trim();
        return null;
    }
}
