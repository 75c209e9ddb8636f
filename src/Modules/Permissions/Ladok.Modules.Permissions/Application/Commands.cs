using Ladok.Kernel.Commands;
using Ladok.Modules.Permissions.Contracts;

namespace Ladok.Modules.Permissions.Application;

// Every command names who gives it (By): handlers never see a ClaimsPrincipal.

public sealed record ApplyForPermissionCommand(string ProfileCode, string OrganisationUnitCode, string Motivation, Caller By);

/// <summary>An approval may limit the permission to a last day (<paramref name="ValidTo"/>), for example a fixed-term employment.</summary>
public sealed record DecidePermissionApplicationCommand(Guid ApplicationId, bool Approve, string? Reason, DateOnly? ValidTo, Caller By);

public sealed record WithdrawPermissionApplicationCommand(Guid ApplicationId, Caller By);

public sealed record CreateUserCommand(string UserId, string Name, Caller By);

public sealed record EndPermissionCommand(Guid GrantId, string Reason, Caller By);

public sealed record GrantCourseRightCommand(string UserId, string CourseCode, CourseRightKind Kind, Caller By);

public sealed record RevokeCourseRightCommand(Guid CourseRightId, string Reason, Caller By);
