using Ladok.Kernel.GraphQL.Scalars;
using GraphQL.Types;
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
            Command = (input, call) => new RecordFeePayingCommand(
                call.Id(input.StudentId, "Student", Field.Of(nameof(RecordFeePayingCommand.StudentId))), input.Term, input.FeePaying, call.UserId),
            Payload =
            [
                new("student", typeof(StudentType), "The student; null when refused.",
                    (status, c) => status is null ? null : Loaders.Student(c, status.StudentId)),
                new("term", typeof(TermType), "The term, as HT2025; null when refused.", (status, _) => status?.Term),
                new("feePaying", typeof(BooleanGraphType), "Whether the student now pays fees that term; null when refused.",
                    (status, _) => status?.IsFeePaying),
            ],
            InputNames = { [nameof(RecordFeePayingCommand.IsFeePaying)] = "feePaying" },
        });
    }
}
