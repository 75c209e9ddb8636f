using GraphQL.Types;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>When and where a sitting is, its window and seats: what creating and changing it both take.</summary>
public abstract class ExamSittingPlanInput
{
    public DateTimeOffset StartsAt { get; init; }
    public DateTimeOffset EndsAt { get; init; }
    public string Place { get; init; } = "";
    public DateOnly SignUpOpens { get; init; }
    public DateOnly SignUpCloses { get; init; }
    public int Capacity { get; init; }

    public ExamSittingPlan Plan => new(StartsAt, EndsAt, Place, SignUpOpens, SignUpCloses, Capacity);
}

internal static class ExamSittingPlanFields
{
    public static void Add<T>(InputObjectGraphType<T> type) where T : ExamSittingPlanInput
    {
        type.Field(i => i.StartsAt).Description("When the exam starts, with an offset, such as 2026-01-16T09:00:00+01:00; stored in UTC.");
        type.Field(i => i.EndsAt).Description("When it ends; after `startsAt`.");
        type.Field(i => i.Place).Description($"Where: a room or a hall; at most {ExamSitting.MaxPlaceLength} characters.");
        type.Field(i => i.SignUpOpens).Description("The first day students may sign up.");
        type.Field(i => i.SignUpCloses)
            .Description("The last day students may sign up or take back their sign-up; on or after `signUpOpens`, before the sitting's day.");
        type.Field(i => i.Capacity).Description("Seats; at least 1, and never fewer than the students signed up.");
    }
}

public sealed class CreateExamSittingInput : ExamSittingPlanInput
{
    public string CourseVersionId { get; init; } = "";
    public string? ModuleCode { get; init; }
}

public sealed class CreateExamSittingInputType : InputObjectGraphType<CreateExamSittingInput>
{
    public CreateExamSittingInputType()
    {
        Name = "CreateExamSittingInput";
        Description = "What `createExamSitting` needs: the course version (and module) examined, when and where, the sign-up window and the seats.";
        Field<NonNullGraphType<IdGraphType>>("courseVersionId").Description("The `id` of the CourseVersion examined: its students may sign up.");
        Field<StringGraphType>("moduleCode").Description("The module examined, such as 0002; leave it out for an exam on the whole course.");
        ExamSittingPlanFields.Add(this);
    }
}

public sealed class ChangeExamSittingInput : ExamSittingPlanInput
{
    public string ExamSittingId { get; init; } = "";
    public string Version { get; init; } = "";
}

public sealed class ChangeExamSittingInputType : InputObjectGraphType<ChangeExamSittingInput>
{
    public ChangeExamSittingInputType()
    {
        Name = "ChangeExamSittingInput";
        Description = "What `changeExamSitting` needs: the sitting, the version you read, and its time, place, window and seats, all of them.";
        Field<NonNullGraphType<IdGraphType>>("examSittingId").Description("The `id` of the ExamSitting.");
        Field<NonNullGraphType<StringGraphType>>("version").Description("The sitting's `version` as you read it; refused if it changed since.");
        ExamSittingPlanFields.Add(this);
    }
}

public sealed class CancelExamSittingInput
{
    public string ExamSittingId { get; init; } = "";
    public string Version { get; init; } = "";
}

public sealed class CancelExamSittingInputType : InputObjectGraphType<CancelExamSittingInput>
{
    public CancelExamSittingInputType()
    {
        Name = "CancelExamSittingInput";
        Description = "What `cancelExamSitting` needs: the sitting and the version you read.";
        Field<NonNullGraphType<IdGraphType>>("examSittingId").Description("The `id` of the ExamSitting.");
        Field<NonNullGraphType<StringGraphType>>("version").Description("The sitting's `version` as you read it; refused if it changed since.");
    }
}

public sealed class ExamSittingSignUpInput
{
    public string ExamSittingId { get; init; } = "";
}

public sealed class SignUpForExamSittingInputType : InputObjectGraphType<ExamSittingSignUpInput>
{
    public SignUpForExamSittingInputType()
    {
        Name = "SignUpForExamSittingInput";
        Description = "What `signUpForExamSitting` needs: the sitting.";
        Field<NonNullGraphType<IdGraphType>>("examSittingId").Description("The `id` of the ExamSitting to sign up for.");
    }
}

public sealed class CancelExamSittingSignUpInputType : InputObjectGraphType<ExamSittingSignUpInput>
{
    public CancelExamSittingSignUpInputType()
    {
        Name = "CancelExamSittingSignUpInput";
        Description = "What `cancelExamSittingSignUp` needs: the sitting.";
        Field<NonNullGraphType<IdGraphType>>("examSittingId").Description("The `id` of the ExamSitting whose sign-up you take back.");
    }
}
