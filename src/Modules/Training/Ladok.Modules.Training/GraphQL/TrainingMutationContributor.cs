using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Training.Application;
using Ladok.Modules.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Training.GraphQL;

public sealed class TrainingMutationContributor : ISchemaContributor
{
    private static readonly UserError NoUserId = new(ErrorCode.Unauthenticated, "Your sign-in carries no user id.", []);

    public void Contribute(SchemaComposition schema)
    {
        var mutation = schema.Mutation;

        mutation.Field<NonNullGraphType<ScheduleTrainingSessionPayloadType>>("scheduleTrainingSession")
            .Description("Schedules a session of a training.")
            .Argument<NonNullGraphType<ScheduleTrainingSessionInputType>>("input")
            .RequirePolicy(TrainingPolicies.Manage)
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ScheduleTrainingSessionInput>("input");
                var outcome = await Handler<ScheduleTrainingSessionHandler>(c).HandleAsync(
                    new ScheduleTrainingSessionCommand(input.TrainingCode, input.StartsAt, input.EndsAt, input.Location, input.Capacity), c.CancellationToken);
                return new TrainingSessionPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<EnrolInTrainingPayloadType>>("enrolInTraining")
            .Description("Gives you a seat in a training session: before it starts, once, while seats are left.")
            .Argument<NonNullGraphType<EnrolInTrainingInputType>>("input")
            .RequirePolicy(Policies.SignedIn)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } userId) return new TrainingSessionPayload(null, [NoUserId]);

                var input = c.GetArgument<EnrolInTrainingInput>("input");
                var sessionId = GlobalIdInput.Expect(input.SessionId, "TrainingSession", "input", "sessionId");
                if (!sessionId.Succeeded) return new TrainingSessionPayload(null, UserError.From(sessionId.Errors));

                var outcome = await Handler<EnrolInTrainingHandler>(c).HandleAsync(new EnrolInTrainingCommand(sessionId.Value, userId), c.CancellationToken);
                return new TrainingSessionPayload(outcome.Value, UserError.From(outcome.Errors));
            });

        mutation.Field<NonNullGraphType<RecordTrainingCompletionPayloadType>>("recordTrainingCompletion")
            .Description("Records that someone completed a training. Recording the same person, training and date again returns the first record.")
            .Argument<NonNullGraphType<RecordTrainingCompletionInputType>>("input")
            .RequirePolicy(TrainingPolicies.Manage)
            .ResolveAsync(async c =>
            {
                if (CallerIdentity.UserIdOf(c.User) is not { } recordedBy) return new TrainingCompletionPayload(null, [NoUserId]);

                var input = c.GetArgument<RecordTrainingCompletionInput>("input");
                var outcome = await Handler<RecordTrainingCompletionHandler>(c).HandleAsync(
                    new RecordTrainingCompletionCommand(input.TrainingCode, input.UserId, input.CompletedOn, recordedBy), c.CancellationToken);
                return new TrainingCompletionPayload(outcome.Value, UserError.From(outcome.Errors));
            });
    }

    private static THandler Handler<THandler>(IResolveFieldContext context) where THandler : notnull =>
        context.RequestServices!.GetRequiredService<THandler>();
}
