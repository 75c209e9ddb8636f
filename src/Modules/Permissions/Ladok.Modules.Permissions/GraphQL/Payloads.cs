using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Permissions.Domain;

namespace Ladok.Modules.Permissions.GraphQL;

public sealed record UserPayload(User? User, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class CreateUserPayloadType : PayloadType<UserPayload>
{
    public CreateUserPayloadType()
    {
        Name = "CreateUserPayload";
        Field<UserType>("user").Resolve(c => c.Source.User);
    }
}

public sealed record ApplicationPayload(PermissionApplication? Application, Grant? Grant, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record GrantPayload(Grant? Grant, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record CourseRightPayload(CourseRight? CourseRight, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class ApplyForPermissionPayloadType : PayloadType<ApplicationPayload>
{
    public ApplyForPermissionPayloadType()
    {
        Name = "ApplyForPermissionPayload";
        Field<PermissionApplicationType>("application").Resolve(c => c.Source.Application);
    }
}

public sealed class DecidePermissionApplicationPayloadType : PayloadType<ApplicationPayload>
{
    public DecidePermissionApplicationPayloadType()
    {
        Name = "DecidePermissionApplicationPayload";
        Field<PermissionApplicationType>("application").Resolve(c => c.Source.Application);
        Field<GrantType>("grant").Description("The permission granted, when approved.").Resolve(c => c.Source.Grant);
    }
}

public sealed class EndPermissionPayloadType : PayloadType<GrantPayload>
{
    public EndPermissionPayloadType()
    {
        Name = "EndPermissionPayload";
        Field<GrantType>("grant").Resolve(c => c.Source.Grant);
    }
}

public sealed class GrantCourseRightPayloadType : PayloadType<CourseRightPayload>
{
    public GrantCourseRightPayloadType()
    {
        Name = "GrantCourseRightPayload";
        Field<CourseRightType>("courseRight").Resolve(c => c.Source.CourseRight);
    }
}

public sealed class RevokeCourseRightPayloadType : PayloadType<CourseRightPayload>
{
    public RevokeCourseRightPayloadType()
    {
        Name = "RevokeCourseRightPayload";
        Field<CourseRightType>("courseRight").Resolve(c => c.Source.CourseRight);
    }
}
