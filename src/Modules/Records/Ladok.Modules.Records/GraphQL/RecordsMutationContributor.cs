using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

public sealed class RecordsMutationContributor : ISchemaContributor
{
    private static readonly UserError NoUserId = new(ErrorCode.Unauthenticated, "Your sign-in carries no user id.", []);

    public void Contribute(SchemaComposition schema)
    {
        var mutation = schema.Mutation;

        mutation.Field<NonNullGraphType<CreateStudentPayloadType>>("createStudent")
            .Description("Creates a student. The identity number must be new; a refused number says which rule it breaks.")
            .Argument<NonNullGraphType<CreateStudentInputType>>("input")
            .RequirePolicy(RecordsPolicies.Register)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } userId) return new CreateStudentPayload(null, [NoUserId]);

                var input = c.GetArgument<CreateStudentInput>("input");
                var outcome = await Handler<CreateStudentHandler>(c).HandleAsync(
                    new CreateStudentCommand(input.IdentityNumber, input.IsInterim, input.FirstName, input.LastName, input.Email, userId), c.CancellationToken);
                return new CreateStudentPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<RegisterStudentPayloadType>>("registerStudent")
            .Description("Registers a student on a course offering. Needs records.register at the offering's department or a unit above it.")
            .Argument<NonNullGraphType<RegisterStudentInputType>>("input")
            .RequirePolicy(RecordsPolicies.Register)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } userId) return new RegisterStudentPayload(null, [NoUserId]);

                var input = c.GetArgument<RegisterStudentInput>("input");
                var studentId = GlobalIdInput.Expect(input.StudentId, "Student", "input", "studentId");
                var offeringId = GlobalIdInput.Expect(input.OfferingId, "CourseOffering", "input", "offeringId");
                if (!studentId.Succeeded || !offeringId.Succeeded)
                {
                    return new RegisterStudentPayload(null, UserError.From(studentId.Errors.Concat(offeringId.Errors)));
                }

                var outcome = await Handler<RegisterStudentHandler>(c).HandleAsync(
                    new RegisterStudentCommand(studentId.Value, offeringId.Value, input.Kind, userId), c.CancellationToken);
                return new RegisterStudentPayload(outcome.Value, UserError.From(outcome.Errors));
            });
    }

    private static THandler Handler<THandler>(IResolveFieldContext context) where THandler : notnull =>
        context.RequestServices!.GetRequiredService<THandler>();
}
