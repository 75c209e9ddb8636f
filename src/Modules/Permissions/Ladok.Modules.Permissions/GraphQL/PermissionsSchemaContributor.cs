using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Permissions.GraphQL;

public sealed class PermissionsSchemaContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.Query.Field<NonNullGraphType<ViewerType>>("me")
            .Description("You: your permissions, course rights, applications and trainings.")
            .RequirePolicy(Policies.SignedIn)
            .Resolve(c => new Viewer(Caller(c), Reader(c), c.CancellationToken));

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionProfileType>>>>("permissionProfiles")
            .Description("The profiles one can apply for, with what each allows and requires.")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c => await Reader(c).ProfilesAsync(c.CancellationToken));

        schema.Query.ConnectionField<PermissionApplicationType, PermissionApplication>("permissionApplications")
            .Description("Applications you may decide (as prefekt or administrator), oldest first or by `orderBy`.")
            .Argument<PermissionApplicationStatusType>("status", "Only those in this status.")
            .OrderBy<object?, Connection<PermissionApplication>, PermissionApplicationOrderFieldType, ApplicationOrderField>(
                "How to sort, the first entry deciding first; the application breaks ties.")
            .RequirePolicy(PermissionPolicies.Decide)
            .ResolveAsync(async c => await Reader(c).ApplicationsToDecideAsync(
                Caller(c), c.GetArgument<ApplicationStatus?>("status"), c.OrderingOf<ApplicationOrderField>(), PageRequest.From(c), c.CancellationToken));

        schema.Query.ConnectionField<UserType, User>("users")
            .Description("Staff (users), by user id: colleagues to name in a course right, say. For study administrators and administrators.")
            .Argument<StringGraphType>("search", "Matches any part of the name or the user id, ignoring case.")
            .RequirePolicy(PermissionPolicies.GrantCourseRights)
            .ResolveAsync(async c => await Reader(c).UsersAsync(c.GetArgument<string?>("search"), PageRequest.From(c), c.CancellationToken));

        schema.AddMutation(new MutationDeclaration<ApplyForPermissionInput, ApplyForPermissionCommand, PermissionApplication>
        {
            Name = "applyForPermission",
            Description = "Ansök: apply for a permission profile at an organisation unit.",
            Policy = Policies.SignedIn,
            InputType = typeof(ApplyForPermissionInputType),
            Command = (input, call) => new ApplyForPermissionCommand(input.ProfileCode, input.OrganisationUnitCode, input.Motivation, call.Caller),
            Payload = [new("application", typeof(PermissionApplicationType), "The application sent; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<WithdrawPermissionApplicationInput, WithdrawPermissionApplicationCommand, PermissionApplication>
        {
            Name = "withdrawPermissionApplication",
            Description = "Take back your own application while it is pending: the prefekt no longer sees it, and you may apply again.",
            Policy = Policies.SignedIn,
            InputType = typeof(WithdrawPermissionApplicationInputType),
            Command = (input, call) => new WithdrawPermissionApplicationCommand(
                call.Id(input.ApplicationId, "PermissionApplication", Field.Of(nameof(WithdrawPermissionApplicationCommand.ApplicationId))), call.Caller),
            Payload = [new("application", typeof(PermissionApplicationType), "The application, withdrawn; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<DecidePermissionApplicationInput, DecidePermissionApplicationCommand, PermissionDecision>
        {
            Name = "decidePermissionApplication",
            Description = "Approve (which grants it) or reject an application. Approval checks the university's required trainings.",
            Policy = PermissionPolicies.Decide,
            InputType = typeof(DecidePermissionApplicationInputType),
            Command = (input, call) => new DecidePermissionApplicationCommand(
                call.Id(input.ApplicationId, "PermissionApplication", Field.Of(nameof(DecidePermissionApplicationCommand.ApplicationId))),
                input.Approve, input.Reason, input.ValidTo, call.Caller),
            Payload =
            [
                new("application", typeof(PermissionApplicationType), "The application as decided; null when refused.", (decision, _) => decision?.Application),
                new("grant", typeof(GrantType), "The permission granted, when approved.", (decision, _) => decision?.Grant),
            ],
            InputNames = { [nameof(PermissionApplication.Id)] = "applicationId" },
        });

        schema.AddMutation(new MutationDeclaration<EndPermissionInput, EndPermissionCommand, Grant>
        {
            Name = "endPermission",
            Description = "Avsluta: end a permission. The holder, the unit's prefekt or an administrator may.",
            Policy = Policies.SignedIn,
            InputType = typeof(EndPermissionInputType),
            Command = (input, call) =>
                new EndPermissionCommand(call.Id(input.GrantId, "Grant", Field.Of(nameof(EndPermissionCommand.GrantId))), input.Reason, call.Caller),
            Payload = [new("grant", typeof(GrantType), "The permission as ended; null when refused.")],
            InputNames = { [nameof(Grant.Id)] = "grantId" },
        });

        schema.AddMutation(new MutationDeclaration<GrantCourseRightInput, GrantCourseRightCommand, CourseRight>
        {
            Name = "grantCourseRight",
            Description = "Add a reporting or attesting right on a course (study administrators of its department).",
            Policy = PermissionPolicies.GrantCourseRights,
            InputType = typeof(GrantCourseRightInputType),
            Command = (input, call) => new GrantCourseRightCommand(input.UserId.Trim(), input.CourseCode, input.Kind, call.Caller),
            Payload = [new("courseRight", typeof(CourseRightType), "The course right granted; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<RevokeCourseRightInput, RevokeCourseRightCommand, CourseRight>
        {
            Name = "revokeCourseRight",
            Description = "Revoke a reporting or attesting right (study administrators of the course's department).",
            Policy = PermissionPolicies.GrantCourseRights,
            InputType = typeof(RevokeCourseRightInputType),
            Command = (input, call) => new RevokeCourseRightCommand(
                call.Id(input.CourseRightId, "CourseRight", Field.Of(nameof(RevokeCourseRightCommand.CourseRightId))), input.Reason, call.Caller),
            Payload = [new("courseRight", typeof(CourseRightType), "The course right as revoked; null when refused.")],
            InputNames = { [nameof(CourseRight.Id)] = "courseRightId" },
        });

        schema.AddMutation(new MutationDeclaration<CreateUserInput, CreateUserCommand, User>
        {
            Name = "createUser",
            Description = "Record a user before their first sign-in (administrators); users otherwise appear when they first sign in.",
            Policy = PermissionPolicies.ManageUsers,
            InputType = typeof(CreateUserInputType),
            Command = (input, call) => new CreateUserCommand(input.UserId, input.Name, call.Caller),
            Payload = [new("user", typeof(UserType), "The new user; null when refused.")],
        });

        schema.AddType<GrantType>();
        schema.AddType<CourseRightType>();
    }

    private static Caller Caller(IResolveFieldContext context) =>
        CallerIdentity.CallerOf(context.User) ?? throw new LadokException(KernelReasons.Unauthenticated);

    private static PermissionsReader Reader(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PermissionsReader>();
}
