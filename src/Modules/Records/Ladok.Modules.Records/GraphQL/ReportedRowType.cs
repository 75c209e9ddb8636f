using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed class ReportedRowType : ObjectGraphType<ReportedRow>
{
    public ReportedRowType()
    {
        Name = "ReportedRow";
        Description = "What happened to one row of a bulk report.";
        Field(r => r.Index).Description("The row's position in `rows`, from 0.");
        Field<NonNullGraphType<ReportOutcomeType>>("outcome").Description("What reporting the row did.").Resolve(c => c.Source.Outcome);
        Field<ResultType>("result").Description("The result created, updated or already there, or the one in conflict.").Resolve(c => c.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the row is INVALID or a CONFLICT; empty otherwise.").Resolve(c => UserError.From(c.Source.Errors));
    }
}
