using Ladok.Kernel.GraphQL.Scalars;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Application;

namespace Ladok.Modules.Records.GraphQL;

public sealed class RecordFeePayingInput
{
    public string StudentId { get; init; } = "";
    public string Term { get; init; } = "";
    public bool FeePaying { get; init; }
}

public sealed class RecordFeePayingInputType : InputObjectGraphType<RecordFeePayingInput>
{
    public RecordFeePayingInputType()
    {
        Name = "RecordFeePayingInput";
        Description = "What `recordFeePaying` needs: the student, the term and whether they pay fees.";
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of the Student.");
        Field<NonNullGraphType<TermType>>("term").Description("The term, such as HT2025.");
        Field<NonNullGraphType<BooleanGraphType>>("feePaying").Description("True when the student pays tuition fees that term; false to take it back.");
    }
}
