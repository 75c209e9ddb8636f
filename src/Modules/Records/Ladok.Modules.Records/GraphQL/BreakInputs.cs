using GraphQL.Types;

namespace Ladok.Modules.Records.GraphQL;

public sealed class RecordStudyBreakInput
{
    public string RegistrationId { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class RecordStudyBreakInputType : InputObjectGraphType<RecordStudyBreakInput>
{
    public RecordStudyBreakInputType()
    {
        Name = "RecordStudyBreakInput";
        Field<NonNullGraphType<IdGraphType>>("registrationId").Description("The `id` of the student's Registration.");
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("The first day: while the offering runs.");
        Field<NonNullGraphType<DateOnlyGraphType>>("to")
            .Description("The last day, included: not before `from`; may be after the offering ends. Breaks on a registration do not overlap.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the break was granted (at most 500 characters).");
    }
}

public sealed class RecordDropoutInput
{
    public string? RegistrationId { get; init; }
    public string? ProgrammeRegistrationId { get; init; }
    public DateOnly Date { get; init; }
    public string? Reason { get; init; }
}

public sealed class RecordDropoutInputType : InputObjectGraphType<RecordDropoutInput>
{
    public RecordDropoutInputType()
    {
        Name = "RecordDropoutInput";
        Description = "Give exactly one of `registrationId` (a course) and `programmeRegistrationId` (a programme: the dropout cascades to the " +
            "open course registrations on its courses).";
        Field<IdGraphType>("registrationId").Description("The `id` of a Registration on a course offering.");
        Field<IdGraphType>("programmeRegistrationId").Description("The `id` of a ProgrammeRegistration.");
        Field<NonNullGraphType<DateOnlyGraphType>>("date")
            .Description("Avbrottsdatum: today or earlier, not before the offering started, after the examination date of the last passed result.");
        Field<StringGraphType>("reason").Description("Optional, at most 500 characters.");
    }
}

public sealed class WithdrawRegistrationInput
{
    public string RegistrationId { get; init; } = "";
}

public sealed class WithdrawRegistrationInputType : InputObjectGraphType<WithdrawRegistrationInput>
{
    public WithdrawRegistrationInputType()
    {
        Name = "WithdrawRegistrationInput";
        Field<NonNullGraphType<IdGraphType>>("registrationId").Description("The `id` of a Registration whose offering has not started.");
    }
}

public sealed class RegisterOnProgrammeInput
{
    public string StudentId { get; init; } = "";
    public string ProgrammeId { get; init; } = "";
    public string StartTerm { get; init; } = "";
}

public sealed class RegisterOnProgrammeInputType : InputObjectGraphType<RegisterOnProgrammeInput>
{
    public RegisterOnProgrammeInputType()
    {
        Name = "RegisterOnProgrammeInput";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of a Student.");
        Field<NonNullGraphType<IdGraphType>>("programmeId").Description("The `id` of a Programme.");
        Field<NonNullGraphType<StringGraphType>>("startTerm").Description("The term the student starts, such as HT2025.");
    }
}
