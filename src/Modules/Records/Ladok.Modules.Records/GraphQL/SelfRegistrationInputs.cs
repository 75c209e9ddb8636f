using GraphQL.Types;
using Ladok.Kernel.GraphQL.Scalars;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>What a student's own mutation on an offering needs: the offering.</summary>
public sealed class MyOfferingInput
{
    public string OfferingId { get; init; } = "";
}

public sealed class RegisterMyselfInputType : InputObjectGraphType<MyOfferingInput>
{
    public RegisterMyselfInputType()
    {
        Name = "RegisterMyselfInput";
        Description = "What `registerMyself` needs: the offering to register on.";
        Field<NonNullGraphType<IdGraphType>>("offeringId").Description("The `id` of the CourseOffering.");
    }
}

public sealed class WithdrawMyselfInputType : InputObjectGraphType<MyOfferingInput>
{
    public WithdrawMyselfInputType()
    {
        Name = "WithdrawMyselfInput";
        Description = "What `withdrawMyself` needs: the offering to withdraw from.";
        Field<NonNullGraphType<IdGraphType>>("offeringId").Description("The `id` of the CourseOffering.");
    }
}

public sealed class RecordSuspensionInput
{
    public string StudentId { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
}

public sealed class RecordSuspensionInputType : InputObjectGraphType<RecordSuspensionInput>
{
    public RecordSuspensionInputType()
    {
        Name = "RecordSuspensionInput";
        Description = "What `recordSuspension` needs: the student and the period of the suspension (avstängning).";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of the Student.");
        Field(i => i.From).Description("The first day of the suspension (ISO 8601 date).");
        Field(i => i.To).Description("The last day, at most six months on (ISO 8601 date).");
    }
}

public sealed class RecordFeePaymentInput
{
    public string StudentId { get; init; } = "";
    public string Term { get; init; } = "";
    public bool Paid { get; init; }
}

public sealed class RecordFeePaymentInputType : InputObjectGraphType<RecordFeePaymentInput>
{
    public RecordFeePaymentInputType()
    {
        Name = "RecordFeePaymentInput";
        Description = "What `recordFeePayment` needs: the student, the fee-paying term and whether its fee is paid.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of the Student.");
        Field<NonNullGraphType<TermType>>("term").Description("The term, such as HT2025, recorded as fee-paying.");
        Field<NonNullGraphType<BooleanGraphType>>("paid").Description("True when the fee is paid; false to take it back.");
    }
}
