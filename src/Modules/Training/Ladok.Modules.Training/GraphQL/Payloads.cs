using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Training.Domain;

namespace Ladok.Modules.Training.GraphQL;

public sealed record TrainingSessionPayload(TrainingSession? Session, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record TrainingCompletionPayload(TrainingCompletion? Completion, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class ScheduleTrainingSessionPayloadType : PayloadType<TrainingSessionPayload>
{
    public ScheduleTrainingSessionPayloadType()
    {
        Name = "ScheduleTrainingSessionPayload";
        Field<TrainingSessionType>("session").Description("The new session; null when refused.").Resolve(c => c.Source.Session);
    }
}

public sealed class EnrolInTrainingPayloadType : PayloadType<TrainingSessionPayload>
{
    public EnrolInTrainingPayloadType()
    {
        Name = "EnrolInTrainingPayload";
        Field<TrainingSessionType>("session").Description("The session you now have a seat in; null when refused.").Resolve(c => c.Source.Session);
    }
}

public sealed class RecordTrainingCompletionPayloadType : PayloadType<TrainingCompletionPayload>
{
    public RecordTrainingCompletionPayloadType()
    {
        Name = "RecordTrainingCompletionPayload";
        Field<TrainingCompletionType>("completion")
            .Description("The completion, or the one already recorded for the same person, training and date; null when refused.")
            .Resolve(c => c.Source.Completion);
    }
}
