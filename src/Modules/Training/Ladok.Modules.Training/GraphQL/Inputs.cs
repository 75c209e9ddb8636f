using GraphQL.Types;

namespace Ladok.Modules.Training.GraphQL;

public sealed class ScheduleTrainingSessionInput
{
    public string TrainingCode { get; init; } = "";
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public string Location { get; init; } = "";
    public int Capacity { get; init; }
}

public sealed class ScheduleTrainingSessionInputType : InputObjectGraphType<ScheduleTrainingSessionInput>
{
    public ScheduleTrainingSessionInputType()
    {
        Name = "ScheduleTrainingSessionInput";
        Description = "What `scheduleTrainingSession` needs: the training, when, where, and how many seats.";
        Field(i => i.TrainingCode).Description("Such as INTRO-STADM.");
        Field(i => i.StartsAt).Description("With an offset, such as 2027-02-04T09:00:00+01:00; stored in UTC.");
        Field(i => i.EndsAt).Description("After `startsAt`.");
        Field(i => i.Location).Description("A room, or Online.");
        Field(i => i.Capacity).Description("Seats; at least 1.");
    }
}

public sealed class EnrolInTrainingInput
{
    public string SessionId { get; init; } = "";
}

public sealed class EnrolInTrainingInputType : InputObjectGraphType<EnrolInTrainingInput>
{
    public EnrolInTrainingInputType()
    {
        Name = "EnrolInTrainingInput";
        Description = "What `enrolInTraining` needs: the session.";
        Field<NonNullGraphType<IdGraphType>>("sessionId").Description("The `id` of a TrainingSession.");
    }
}

public sealed class CancelTrainingSeatInput
{
    public string SessionId { get; init; } = "";
}

public sealed class CancelTrainingSeatInputType : InputObjectGraphType<CancelTrainingSeatInput>
{
    public CancelTrainingSeatInputType()
    {
        Name = "CancelTrainingSeatInput";
        Description = "What `cancelTrainingSeat` needs: the session you have a seat in.";
        Field<NonNullGraphType<IdGraphType>>("sessionId").Description("The `id` of a TrainingSession.");
    }
}

public sealed class RecordTrainingCompletionInput
{
    public string TrainingCode { get; init; } = "";
    public string UserId { get; init; } = "";
    public DateOnly CompletedOn { get; init; }
}

public sealed class RecordTrainingCompletionInputType : InputObjectGraphType<RecordTrainingCompletionInput>
{
    public RecordTrainingCompletionInputType()
    {
        Name = "RecordTrainingCompletionInput";
        Description = "What `recordTrainingCompletion` needs: who completed which training, and on what day.";
        Field(i => i.TrainingCode).Description("Such as INTRO-STADM.");
        Field(i => i.UserId).Description("Who completed it: the university identity, such as the Umu-id.");
        Field(i => i.CompletedOn).Description("Today or earlier.");
    }
}
