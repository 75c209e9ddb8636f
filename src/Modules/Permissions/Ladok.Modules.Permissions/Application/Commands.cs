using Ladok.Modules.Permissions.Contracts;

namespace Ladok.Modules.Permissions.Application;

public sealed record ApplyForPermissionCommand(string ProfileCode, string OrganisationUnitCode, string Motivation);

public sealed record DecidePermissionApplicationCommand(Guid ApplicationId, bool Approve, string? Reason);

public sealed record EndPermissionCommand(Guid GrantId, string Reason);

public sealed record GrantCourseRightCommand(string UserId, string CourseCode, CourseRightKind Kind);

public sealed record RevokeCourseRightCommand(Guid CourseRightId, string Reason);
