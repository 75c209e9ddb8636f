using Ladok.Kernel.GraphQL.Scalars;
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
        Description = "Deprecated with `recordStudyBreak`: use `recordProgrammeStudyBreak` and its `RecordProgrammeStudyBreakInput`.";
        Field<NonNullGraphType<IdGraphType>>("registrationId").Description("The `id` of the student's Registration.");
        Field<NonNullGraphType<DateType>>("from").Description("The first day: while the offering runs.");
        Field<NonNullGraphType<DateType>>("to")
            .Description("The last day, included: not before `from`; may be after the offering ends. Breaks on a registration do not overlap.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the break was granted (at most 500 characters).");
    }
}

public sealed class RecordProgrammeStudyBreakInput
{
    public string ProgrammeRegistrationId { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public string ResumeTerm { get; init; } = "";
    public bool GuaranteedPlace { get; init; }
}

public sealed class RecordProgrammeStudyBreakInputType : InputObjectGraphType<RecordProgrammeStudyBreakInput>
{
    public RecordProgrammeStudyBreakInputType()
    {
        Name = "RecordProgrammeStudyBreakInput";
        Description = "What `recordProgrammeStudyBreak` needs: the programme registration, the break's dates, the term of return and the place guarantee.";
        Field<NonNullGraphType<IdGraphType>>("programmeRegistrationId").Description("The `id` of the student's ProgrammeRegistration.");
        Field<NonNullGraphType<DateType>>("from").Description("The first day: not before the programme's start term.");
        Field<NonNullGraphType<DateType>>("to")
            .Description("The last day, included: not before `from`. Breaks on a programme registration do not overlap.");
        Field<NonNullGraphType<TermType>>("resumeTerm").Description("The term the student resumes, such as HT2026: one that starts after `to`.");
        Field<NonNullGraphType<BooleanGraphType>>("guaranteedPlace")
            .Description("Med platsgaranti: the university found special reasons (särskilda skäl), so the student keeps the place on the programme.");
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
        Field<NonNullGraphType<DateType>>("date")
            .Description("Avbrottsdatum: today or earlier, not before the offering started, after the examination date of the last passed result.");
        Field<StringGraphType>("reason").Description("Optional, at most 500 characters.");
    }
}

/// <summary>The input of <c>removeRegistration</c>, and of the deprecated <c>withdrawRegistration</c>.</summary>
public sealed class WithdrawRegistrationInput
{
    public string RegistrationId { get; init; } = "";
}

public sealed class WithdrawRegistrationInputType : InputObjectGraphType<WithdrawRegistrationInput>
{
    public WithdrawRegistrationInputType()
    {
        Name = "WithdrawRegistrationInput";
        Description = "What `withdrawRegistration` needs: the registration.";
        Field<NonNullGraphType<IdGraphType>>("registrationId").Description("The `id` of a Registration whose offering has not started.");
    }
}

public sealed class RemoveRegistrationInputType : InputObjectGraphType<WithdrawRegistrationInput>
{
    public RemoveRegistrationInputType()
    {
        Name = "RemoveRegistrationInput";
        Description = "What `removeRegistration` needs: the registration.";
        Field<NonNullGraphType<IdGraphType>>("registrationId").Description("The `id` of a Registration whose offering has not started, with no results.");
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
        Description = "What `registerOnProgramme` needs: the student, the programme and the start term.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of a Student.");
        Field<NonNullGraphType<IdGraphType>>("programmeId").Description("The `id` of a Programme.");
        Field<NonNullGraphType<TermType>>("startTerm").Description("The term the student starts, such as HT2025.");
    }
}
