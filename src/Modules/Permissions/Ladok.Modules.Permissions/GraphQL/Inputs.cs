using GraphQL.Types;
using Ladok.Modules.Permissions.Contracts;

namespace Ladok.Modules.Permissions.GraphQL;

public sealed class ApplyForPermissionInput
{
    public string ProfileCode { get; init; } = "";
    public string OrganisationUnitCode { get; init; } = "";
    public string Motivation { get; init; } = "";
}

public sealed class ApplyForPermissionInputType : InputObjectGraphType<ApplyForPermissionInput>
{
    public ApplyForPermissionInputType()
    {
        Name = "ApplyForPermissionInput";
        Description = "What `applyForPermission` needs: the profile, where it is to hold, and why.";
        Field(i => i.ProfileCode).Description("For example STUDY_ADMINISTRATOR; see permissionProfiles.");
        Field(i => i.OrganisationUnitCode).Description("Where, for example DV; the permission covers the units below it too.");
        Field(i => i.Motivation).Description("Why you need it; your prefekt reads this.");
    }
}

public sealed class DecidePermissionApplicationInput
{
    public string ApplicationId { get; init; } = "";
    public bool Approve { get; init; }
    public string? Reason { get; init; }
    public DateOnly? ValidTo { get; init; }
}

public sealed class DecidePermissionApplicationInputType : InputObjectGraphType<DecidePermissionApplicationInput>
{
    public DecidePermissionApplicationInputType()
    {
        Name = "DecidePermissionApplicationInput";
        Description = "What `decidePermissionApplication` needs: the application, whether to approve it, and the reason.";
        Field<NonNullGraphType<IdGraphType>>("applicationId").Description("The application's id.");
        Field(i => i.Approve).Description("True approves (and grants), false rejects.");
        Field(i => i.Reason, nullable: true).Description("Required when rejecting.");
        Field(i => i.ValidTo, nullable: true).Description("When approving: the permission's last day, for example the end of a fixed-term employment.");
    }
}

public sealed class WithdrawPermissionApplicationInput
{
    public string ApplicationId { get; init; } = "";
}

public sealed class WithdrawPermissionApplicationInputType : InputObjectGraphType<WithdrawPermissionApplicationInput>
{
    public WithdrawPermissionApplicationInputType()
    {
        Name = "WithdrawPermissionApplicationInput";
        Description = "What `withdrawPermissionApplication` needs: your pending application.";
        Field<NonNullGraphType<IdGraphType>>("applicationId").Description("The application's id.");
    }
}

public sealed class EndPermissionInput
{
    public string GrantId { get; init; } = "";
    public string Reason { get; init; } = "";
}

public sealed class EndPermissionInputType : InputObjectGraphType<EndPermissionInput>
{
    public EndPermissionInputType()
    {
        Name = "EndPermissionInput";
        Description = "What `endPermission` needs: the permission and why it ends.";
        Field<NonNullGraphType<IdGraphType>>("grantId").Description("The permission's (Grant's) id.");
        Field(i => i.Reason).Description("Why the permission ends; kept in its history.");
    }
}

public sealed class GrantCourseRightInput
{
    public string UserId { get; init; } = "";
    public string CourseCode { get; init; } = "";
    public CourseRightKind Kind { get; init; }
}

public sealed class GrantCourseRightInputType : InputObjectGraphType<GrantCourseRightInput>
{
    public GrantCourseRightInputType()
    {
        Name = "GrantCourseRightInput";
        Description = "What `grantCourseRight` needs: who, which course, and the kind of right.";
        Field(i => i.UserId).Description("The university identity of the teacher or examiner.");
        Field(i => i.CourseCode).Description("The course's code, such as 5DV001.");
        Field<NonNullGraphType<CourseRightKindType>>("kind").Description("REPORT or ATTEST results on the course.");
    }
}

public sealed class RevokeCourseRightInput
{
    public string CourseRightId { get; init; } = "";
    public string Reason { get; init; } = "";
}

public sealed class RevokeCourseRightInputType : InputObjectGraphType<RevokeCourseRightInput>
{
    public RevokeCourseRightInputType()
    {
        Name = "RevokeCourseRightInput";
        Description = "What `revokeCourseRight` needs: the right and why it is revoked.";
        Field<NonNullGraphType<IdGraphType>>("courseRightId").Description("The course right's id.");
        Field(i => i.Reason).Description("Why the right is revoked; kept in the audit trail.");
    }
}

public sealed class CreateUserInput
{
    public string UserId { get; init; } = "";
    public string Name { get; init; } = "";
}

public sealed class CreateUserInputType : InputObjectGraphType<CreateUserInput>
{
    public CreateUserInputType()
    {
        Name = "CreateUserInput";
        Description = "What `createUser` needs: the user id the person signs in with, and their name.";
        Field(i => i.UserId).Description("The university identity, such as the Umu-id.");
        Field(i => i.Name).Description("The user's name.");
    }
}
