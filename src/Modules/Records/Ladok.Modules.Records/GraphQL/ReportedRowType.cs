using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed record ResultPayload(Result? Result, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record ResultsPayload(IReadOnlyList<Result> Results, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record ReportResultsPayload(IReadOnlyList<ReportedRow> Rows, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>The payload of a mutation on one result; each mutation has its own named type.</summary>
public abstract class ResultPayloadType : PayloadType<ResultPayload>
{
    protected ResultPayloadType(string name, string description)
    {
        Name = name;
        Field<ResultType>("result").Description(description).Resolve(c => c.Source.Result);
    }
}

public sealed class ReportResultPayloadType()
    : ResultPayloadType("ReportResultPayload", "The draft, or the result that already said the same; null when refused.");

public sealed class UpdateResultPayloadType() : ResultPayloadType("UpdateResultPayload", "The changed result, now a draft; null when refused.");

public sealed class DeleteResultPayloadType() : ResultPayloadType("DeleteResultPayload", "The result as it was before it was deleted; null when refused.");

public sealed class RequestResultRemovalPayloadType()
    : ResultPayloadType("RequestResultRemovalPayload", "The result, now waiting for an examiner to attest its removal; null when refused.");

public sealed class AttestResultRemovalPayloadType()
    : ResultPayloadType("AttestResultRemovalPayload", "The result, now removed but kept on record; null when refused.");

public sealed class RecordCreditTransferPayloadType() : ResultPayloadType("RecordCreditTransferPayload", "The attested credit transfer; null when refused.");

/// <summary>The payload of a workflow step on many results.</summary>
public abstract class ResultsPayloadType : PayloadType<ResultsPayload>
{
    protected ResultsPayloadType(string name)
    {
        Name = name;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>>("results")
            .Description("The changed results in the order given; empty when refused, for then none changed.").Resolve(c => c.Source.Results);
    }
}

public sealed class MarkResultsReadyPayloadType() : ResultsPayloadType("MarkResultsReadyPayload");

public sealed class ReturnResultsToDraftPayloadType() : ResultsPayloadType("ReturnResultsToDraftPayload");

public sealed class AttestResultsPayloadType() : ResultsPayloadType("AttestResultsPayload");

public sealed class RejectResultsPayloadType() : ResultsPayloadType("RejectResultsPayload");

public sealed class ReportedRowType : ObjectGraphType<ReportedRow>
{
    public ReportedRowType()
    {
        Name = "ReportedRow";
        Description = "What happened to one row of a bulk report.";
        Field(r => r.Index).Description("The row's position in `rows`, from 0.");
        Field<NonNullGraphType<ReportOutcomeType>>("outcome").Resolve(c => c.Source.Outcome);
        Field<ResultType>("result").Description("The result created, updated or already there, or the one in conflict.").Resolve(c => c.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the row is INVALID or a CONFLICT; empty otherwise.").Resolve(c => UserError.From(c.Source.Errors));
    }
}

public sealed class ReportResultsPayloadType : PayloadType<ReportResultsPayload>
{
    public ReportResultsPayloadType()
    {
        Name = "ReportResultsPayload";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportedRowType>>>>("rows")
            .Description("One per input row, in order; empty when the whole batch was refused (see `errors`).").Resolve(c => c.Source.Rows);
        foreach (var outcome in Enum.GetValues<ReportOutcome>())
        {
            var name = char.ToLowerInvariant(outcome.ToString()[0]) + outcome.ToString()[1..];
            Field<NonNullGraphType<IntGraphType>>(name).Description($"How many rows were {outcome.ToString().ToUpperInvariant()}.")
                .Resolve(c => c.Source.Rows.Count(r => r.Outcome == outcome));
        }
    }
}
