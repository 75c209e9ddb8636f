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

/// <summary>Study breaks, dropouts, withdrawals and programme registrations: study administrators' writes, each checked again at the department.</summary>
public sealed class BreaksMutationContributor : ISchemaContributor
{
    private static readonly UserError NoUserId = new(ErrorCode.Unauthenticated, "Your sign-in carries no user id.", []);

    public void Contribute(SchemaComposition schema)
    {
        var mutation = schema.Mutation;

        mutation.Field<NonNullGraphType<RecordStudyBreakPayloadType>>("recordStudyBreak")
            .Description("Records a study break (studieuppehåll) on a registration; the student keeps the place. Needs records.register at the offering's department or a unit above it.")
            .Argument<NonNullGraphType<RecordStudyBreakInputType>>("input")
            .RequirePolicy(RecordsPolicies.Register)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } userId) return new RecordStudyBreakPayload(null, [NoUserId]);

                var input = c.GetArgument<RecordStudyBreakInput>("input");
                var registrationId = GlobalIdInput.Expect(input.RegistrationId, "Registration", "input", "registrationId");
                if (!registrationId.Succeeded) return new RecordStudyBreakPayload(null, UserError.From(registrationId.Errors));

                var outcome = await Handler<RecordStudyBreakHandler>(c).HandleAsync(
                    new RecordStudyBreakCommand(registrationId.Value, input.From, input.To, input.Reason, userId), c.CancellationToken);
                return new RecordStudyBreakPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<RecordDropoutPayloadType>>("recordDropout")
            .Description("Records a dropout (studieavbrott) from a course registration, or from a programme registration, which cascades to the student's open registrations on "
                + "the programme's courses in one transaction. Whether a course dropout is early is computed. Needs records.register at the department.")
            .Argument<NonNullGraphType<RecordDropoutInputType>>("input")
            .RequirePolicy(RecordsPolicies.Register)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } userId) return new RecordDropoutPayload(null, [NoUserId]);

                var input = c.GetArgument<RecordDropoutInput>("input");
                if (string.IsNullOrEmpty(input.RegistrationId) == string.IsNullOrEmpty(input.ProgrammeRegistrationId))
                {
                    return new RecordDropoutPayload(null,
                        UserError.From([DomainError.Validation("Give either registrationId or programmeRegistrationId.", "input", "registrationId")]));
                }

                Guid? registrationId = null, programmeRegistrationId = null;
                if (!string.IsNullOrEmpty(input.RegistrationId))
                {
                    var id = GlobalIdInput.Expect(input.RegistrationId, "Registration", "input", "registrationId");
                    if (!id.Succeeded) return new RecordDropoutPayload(null, UserError.From(id.Errors));
                    registrationId = id.Value;
                }
                else
                {
                    var id = GlobalIdInput.Expect(input.ProgrammeRegistrationId!, "ProgrammeRegistration", "input", "programmeRegistrationId");
                    if (!id.Succeeded) return new RecordDropoutPayload(null, UserError.From(id.Errors));
                    programmeRegistrationId = id.Value;
                }

                var outcome = await Handler<RecordDropoutHandler>(c).HandleAsync(
                    new RecordDropoutCommand(registrationId, programmeRegistrationId, input.Date, input.Reason, userId), c.CancellationToken);
                return new RecordDropoutPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<WithdrawRegistrationPayloadType>>("withdrawRegistration")
            .Description("Records a withdrawal (återbud): before the offering starts, with no results reported. Needs records.register at the offering's department.")
            .Argument<NonNullGraphType<WithdrawRegistrationInputType>>("input")
            .RequirePolicy(RecordsPolicies.Register)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } userId) return new WithdrawRegistrationPayload(null, [NoUserId]);

                var input = c.GetArgument<WithdrawRegistrationInput>("input");
                var registrationId = GlobalIdInput.Expect(input.RegistrationId, "Registration", "input", "registrationId");
                if (!registrationId.Succeeded) return new WithdrawRegistrationPayload(null, UserError.From(registrationId.Errors));

                var outcome = await Handler<WithdrawRegistrationHandler>(c).HandleAsync(new WithdrawRegistrationCommand(registrationId.Value, userId), c.CancellationToken);
                return new WithdrawRegistrationPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<RegisterOnProgrammePayloadType>>("registerOnProgramme")
            .Description("Registers an admitted student on a programme from a start term. Needs records.register at the programme's department or a unit above it.")
            .Argument<NonNullGraphType<RegisterOnProgrammeInputType>>("input")
            .RequirePolicy(RecordsPolicies.Register)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } userId) return new RegisterOnProgrammePayload(null, [NoUserId]);

                var input = c.GetArgument<RegisterOnProgrammeInput>("input");
                var studentId = GlobalIdInput.Expect(input.StudentId, "Student", "input", "studentId");
                var programmeId = GlobalIdInput.Expect(input.ProgrammeId, "Programme", "input", "programmeId");
                if (!studentId.Succeeded || !programmeId.Succeeded)
                {
                    return new RegisterOnProgrammePayload(null, UserError.From(studentId.Errors.Concat(programmeId.Errors)));
                }

                var outcome = await Handler<RegisterOnProgrammeHandler>(c).HandleAsync(
                    new RegisterOnProgrammeCommand(studentId.Value, programmeId.Value, input.StartTerm, userId), c.CancellationToken);
                return new RegisterOnProgrammePayload(outcome.Value, UserError.From(outcome.Errors));
            });
    }

    private static THandler Handler<THandler>(IResolveFieldContext context) where THandler : notnull =>
        context.RequestServices!.GetRequiredService<THandler>();
}
