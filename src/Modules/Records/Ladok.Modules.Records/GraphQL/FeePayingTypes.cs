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
        Field<NonNullGraphType<IdGraphType>>("studentId").Description("The `id` of the Student.");
        Field<NonNullGraphType<StringGraphType>>("term").Description("The term, such as HT2025.");
        Field<NonNullGraphType<BooleanGraphType>>("feePaying").Description("True when the student pays tuition fees that term; false to take it back.");
    }
}

public sealed record RecordFeePayingPayload(FeePayingStatus? Status, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class RecordFeePayingPayloadType : PayloadType<RecordFeePayingPayload>
{
    public RecordFeePayingPayloadType()
    {
        Name = "RecordFeePayingPayload";
        Field<StudentType>("student").Description("The student; null when refused.")
            .Resolve(c => c.Source.Status is { } status ? Loaders.Student(c, status.StudentId) : null);
        Field<StringGraphType>("term").Description("The term, as HT2025; null when refused.").Resolve(c => c.Source.Status?.Term);
        Field<BooleanGraphType>("feePaying").Description("Whether the student now pays fees that term; null when refused.")
            .Resolve(c => c.Source.Status?.IsFeePaying);
    }
}
