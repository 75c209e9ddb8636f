using Ladok.Modules.Permissions.Contracts;

namespace Ladok.Modules.Permissions.Application;

public sealed record ApplyForPermissionCommand(string ProfileCode, string OrganisationUnitCode, string Motivation);

/// <summary>An approval may limit the permission to a last day (<paramref name="ValidTo"/>), for example a fixed-term employment.</summary>
public sealed record DecidePermissionApplicationCommand(Guid ApplicationId, bool Approve, string? Reason, DateOnly? ValidTo = null);

public sealed record CreateUserCommand(string UserId, string Name);

public sealed record EndPermissionCommand(Guid GrantId, string Reason);

public sealed record GrantCourseRightCommand(string UserId, string CourseCode, CourseRightKind Kind);

public sealed record RevokeCourseRightCommand(Guid CourseRightId, string Reason);
