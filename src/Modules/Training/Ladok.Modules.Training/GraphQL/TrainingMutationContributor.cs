using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Training.Application;
using Ladok.Modules.Training.Contracts;
using Ladok.Modules.Training.Domain;

namespace Ladok.Modules.Training.GraphQL;

public sealed class TrainingMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<ScheduleTrainingSessionInput, ScheduleTrainingSessionCommand, TrainingSession>
        {
            Name = "scheduleTrainingSession",
            Description = "Schedules a session of a training.",
            Policy = TrainingPolicies.Manage,
            InputType = typeof(ScheduleTrainingSessionInputType),
            Command = (input, _) => new ScheduleTrainingSessionCommand(input.TrainingCode, input.StartsAt, input.EndsAt, input.Location, input.Capacity),
            Payload = [new("session", typeof(TrainingSessionType), "The new session; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<EnrolInTrainingInput, EnrolInTrainingCommand, TrainingSession>
        {
            Name = "enrolInTraining",
            Description = "Gives you a seat in a training session: before it starts, once, while seats are left.",
            Policy = Policies.SignedIn,
            InputType = typeof(EnrolInTrainingInputType),
            // Who calls is checked before the id is read, so a sign-in without a user id is told so first.
            Command = (input, call) => new EnrolInTrainingCommand(
                UserId: call.UserId,
                SessionId: call.Id(input.SessionId, "TrainingSession", Field.Of(nameof(EnrolInTrainingCommand.SessionId)))),
            Payload = [new("session", typeof(TrainingSessionType), "The session you now have a seat in; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<CancelTrainingSeatInput, CancelTrainingSeatCommand, TrainingSession>
        {
            Name = "cancelTrainingSeat",
            Description = "Gives back your seat in a training session before it starts, so someone else may take it.",
            Policy = Policies.SignedIn,
            InputType = typeof(CancelTrainingSeatInputType),
            Command = (input, call) => new CancelTrainingSeatCommand(
                UserId: call.UserId,
                SessionId: call.Id(input.SessionId, "TrainingSession", Field.Of(nameof(CancelTrainingSeatCommand.SessionId)))),
            Payload = [new("session", typeof(TrainingSessionType), "The session, without your seat; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<RecordTrainingCompletionInput, RecordTrainingCompletionCommand, TrainingCompletion>
        {
            Name = "recordTrainingCompletion",
            Description = "Records that someone completed a training. Recording the same person, training and date again returns the first record.",
            Policy = TrainingPolicies.Manage,
            InputType = typeof(RecordTrainingCompletionInputType),
            Command = (input, call) => new RecordTrainingCompletionCommand(input.TrainingCode, input.UserId, input.CompletedOn, call.UserId),
            Payload =
            [
                new("completion", typeof(TrainingCompletionType),
                    "The completion, or the one already recorded for the same person, training and date; null when refused."),
            ],
        });
    }
}
