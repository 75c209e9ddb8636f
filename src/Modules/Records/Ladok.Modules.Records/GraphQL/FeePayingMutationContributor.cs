using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>Fee-paying terms (betalande student): a study administrator's write.</summary>
public sealed class FeePayingMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<RecordFeePayingInput, RecordFeePayingCommand, FeePayingStatus>
        {
            Name = "recordFeePaying",
            Description = "Records whether a student pays tuition fees (betalande student) in a term; a fee-paying term is left out of "
                + "the funded HST and HPR. Recording what is already so changes nothing. Needs records.register.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordFeePayingInputType),
            PayloadType = typeof(RecordFeePayingPayloadType),
            Command = (input, call) => new RecordFeePayingCommand(
                call.Id(input.StudentId, "Student", Field.Of(nameof(RecordFeePayingCommand.StudentId))), input.Term, input.FeePaying, call.UserId),
            Payload = (status, errors) => new RecordFeePayingPayload(status, errors),
            InputNames = { [nameof(RecordFeePayingCommand.IsFeePaying)] = "feePaying" },
        });
    }
}
