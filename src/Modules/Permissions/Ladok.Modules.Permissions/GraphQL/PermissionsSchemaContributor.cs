using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
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
            .Resolve(c => new Viewer(Caller(c), Service<PermissionsReader>(c), c.CancellationToken));

        schema.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionProfileType>>>>("permissionProfiles")
            .Description("The profiles one can apply for, with what each allows and requires.")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c => await Service<PermissionsReader>(c).ProfilesAsync(c.CancellationToken));

        schema.Query.ConnectionField<PermissionApplicationType, PermissionApplication>("permissionApplications")
            .Description("Applications you may decide (as prefekt or administrator), oldest first.")
            .Argument<PermissionApplicationStatusType>("status", "Only those in this status.")
            .RequirePolicy(PermissionPolicies.Decide)
            .ResolveAsync(async c =>
                (await Service<PermissionsReader>(c).ApplicationsToDecideAsync(Caller(c), c.GetArgument<ApplicationStatus?>("status"), c.CancellationToken))
                .ToConnection(a => $"{a.SubmittedAt.UtcTicks:D20}:{a.Id}", PageRequest.From(c)));

        schema.Mutation.Field<NonNullGraphType<ApplyForPermissionPayloadType>>("applyForPermission")
            .Description("Ansök: apply for a permission profile at an organisation unit.")
            .Argument<NonNullGraphType<ApplyForPermissionInputType>>("input")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ApplyForPermissionInput>("input");
                var outcome = await Service<ApplyForPermissionHandler>(c).HandleAsync(
                    new ApplyForPermissionCommand(input.ProfileCode, input.OrganisationUnitCode, input.Motivation, Caller(c)), c.CancellationToken);
                return new ApplicationPayload(outcome.Value, null, UserError.From(outcome.Errors));
            });

        schema.Mutation.Field<NonNullGraphType<DecidePermissionApplicationPayloadType>>("decidePermissionApplication")
            .Description("Approve (which grants it) or reject an application. Approval checks the university's required trainings.")
            .Argument<NonNullGraphType<DecidePermissionApplicationInputType>>("input")
            .RequirePolicy(PermissionPolicies.Decide)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DecidePermissionApplicationInput>("input");
                var id = GlobalIdInput.Expect(input.ApplicationId, "PermissionApplication", "input", "applicationId");
                if (!id.Succeeded) return new ApplicationPayload(null, null, UserError.From(id.Errors));

                var outcome = await Service<DecidePermissionApplicationHandler>(c).HandleAsync(
                    new DecidePermissionApplicationCommand(id.Value, input.Approve, input.Reason, input.ValidTo, Caller(c)), c.CancellationToken);
                return new ApplicationPayload(outcome.Value.Application, outcome.Value.Grant, UserError.From(outcome.Errors));
            });

        schema.Mutation.Field<NonNullGraphType<EndPermissionPayloadType>>("endPermission")
            .Description("Avsluta: end a permission. The holder, the unit's prefekt or an administrator may.")
            .Argument<NonNullGraphType<EndPermissionInputType>>("input")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<EndPermissionInput>("input");
                var id = GlobalIdInput.Expect(input.GrantId, "Grant", "input", "grantId");
                if (!id.Succeeded) return new GrantPayload(null, UserError.From(id.Errors));

                var outcome = await Service<EndPermissionHandler>(c).HandleAsync(new EndPermissionCommand(id.Value, input.Reason, Caller(c)), c.CancellationToken);
                return new GrantPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        schema.Mutation.Field<NonNullGraphType<GrantCourseRightPayloadType>>("grantCourseRight")
            .Description("Add a reporting or attesting right on a course (study administrators of its department).")
            .Argument<NonNullGraphType<GrantCourseRightInputType>>("input")
            .RequirePolicy(PermissionPolicies.GrantCourseRights)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<GrantCourseRightInput>("input");
                var outcome = await Service<GrantCourseRightHandler>(c).HandleAsync(
                    new GrantCourseRightCommand(input.UserId.Trim(), input.CourseCode, input.Kind, Caller(c)), c.CancellationToken);
                return new CourseRightPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        schema.Mutation.Field<NonNullGraphType<RevokeCourseRightPayloadType>>("revokeCourseRight")
            .Description("Revoke a reporting or attesting right (study administrators of the course's department).")
            .Argument<NonNullGraphType<RevokeCourseRightInputType>>("input")
            .RequirePolicy(PermissionPolicies.GrantCourseRights)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RevokeCourseRightInput>("input");
                var id = GlobalIdInput.Expect(input.CourseRightId, "CourseRight", "input", "courseRightId");
                if (!id.Succeeded) return new CourseRightPayload(null, UserError.From(id.Errors));

                var outcome = await Service<RevokeCourseRightHandler>(c).HandleAsync(new RevokeCourseRightCommand(id.Value, input.Reason, Caller(c)), c.CancellationToken);
                return new CourseRightPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        schema.Mutation.Field<NonNullGraphType<CreateUserPayloadType>>("createUser")
            .Description("Record a user before their first sign-in (administrators); users otherwise appear when they first sign in.")
            .Argument<NonNullGraphType<CreateUserInputType>>("input")
            .RequirePolicy(PermissionPolicies.ManageUsers)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CreateUserInput>("input");
                var outcome = await Service<CreateUserHandler>(c).HandleAsync(new CreateUserCommand(input.UserId, input.Name, Caller(c)), c.CancellationToken);
                return new UserPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        schema.AddType<GrantType>();
        schema.AddType<CourseRightType>();
    }

    private static Caller Caller(IResolveFieldContext context) =>
        Application.Caller.From(context.User!) ?? throw new LadokException(ErrorCode.Unauthenticated, ErrorCode.Unauthenticated.Describe());

    private static T Service<T>(IResolveFieldContext context) where T : notnull => context.RequestServices!.GetRequiredService<T>();
}
