using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Application.Results;

namespace Ladok.Modules.Records.GraphQL;

public sealed class BulkResultRowType : ObjectGraphType<BulkStepRow>
{
    public BulkResultRowType()
    {
        Name = "BulkResultRow";
        Description = "What a workflow step on many results did to one of them.";
        Field(r => r.Index).Description("The result's position in the input's `results`, from 0.");
        Field<NonNullGraphType<BulkResultOutcomeType>>("outcome").Description("What the step did to the result.").Resolve(c => c.Source.Outcome);
        Field<ResultType>("result")
            .Description("The result as changed (or, in a dry run, as it would be); when refused, as stored; null when there is no such result.")
            .Resolve(c => c.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the result was REFUSED, rule refusals of the university's plugins included; empty otherwise.")
            .Resolve(c => UserError.From(c.Source.Errors));
    }
}

public sealed class BulkResultOutcomeType : EnumerationGraphType<BulkStepOutcome>
{
    public BulkResultOutcomeType()
    {
        Name = "BulkResultOutcome";
        Description = "CHANGED; WOULD_CHANGE in a dry run, where nothing is stored; or REFUSED (see the row's errors), the result left as it was.";
        this.DescribeValues(new Dictionary<BulkStepOutcome, string>
        {
            [BulkStepOutcome.Changed] = "The step changed the result.",
            [BulkStepOutcome.WouldChange] = "A dry run: the step would change the result; nothing was stored.",
            [BulkStepOutcome.Refused] = "The result was left as it was; the row's errors say why.",
        });
    }
}
