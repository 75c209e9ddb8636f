using GraphQL.Types;
using Ladok.Kernel.GraphQL.Scalars;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>
/// Self-registration: the student's own registration and återbud, and what administrators record that stands in its way
/// (a term's unpaid fee, a suspension).
/// </summary>
public sealed class SelfRegistrationMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<MyOfferingInput, RegisterMyselfCommand, Registration>
        {
            Name = "registerMyself",
            Description = "The signed-in student registers themself on an offering they are admitted to, within its registration window: a "
                + "first-time registration, or the continuation for the next term of an offering over several terms. Each obstacle "
                + "(hinder) is an error with its reason: NOT_ADMITTED, ADMISSION_CONDITIONAL, WINDOW_CLOSED, ALREADY_REGISTERED, "
                + "FEE_NOT_PAID, SUSPENDED, or the university's own (PLUGIN_RULE). Staff get NOT_A_STUDENT.",
            Policy = Policies.SignedIn,
            InputType = typeof(RegisterMyselfInputType),
            Command = (input, call) => new RegisterMyselfCommand(
                call.StudentId, call.Id(input.OfferingId, "CourseOffering", Field.Of(nameof(RegisterMyselfCommand.OfferingId))), call.UserId),
            Payload = [new("registration", typeof(RegistrationType), "The new registration; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<MyOfferingInput, WithdrawMyselfCommand, Registration>
        {
            Name = "withdrawMyself",
            Description = "Återbud: the signed-in student withdraws from their registration on an offering. Before the offering starts the "
                + "registration is withdrawn; from the start until the university's last day (three weeks unless it says otherwise) the "
                + "student leaves with a dropout dated today, early when nothing is passed. Later: WITHDRAWAL_CLOSED.",
            Policy = Policies.SignedIn,
            InputType = typeof(WithdrawMyselfInputType),
            Command = (input, call) => new WithdrawMyselfCommand(
                call.StudentId, call.Id(input.OfferingId, "CourseOffering", Field.Of(nameof(WithdrawMyselfCommand.OfferingId))), call.UserId),
            Payload = [new("registration", typeof(RegistrationType), "The registration, withdrawn or with its dropout; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<RecordSuspensionInput, RecordSuspensionCommand, Suspension>
        {
            Name = "recordSuspension",
            Description = "Records a student's suspension (avstängning) decided by the disciplinary board: at most six months, during which "
                + "the student cannot register themself. Needs records.register.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordSuspensionInputType),
            Command = (input, call) => new RecordSuspensionCommand(
                call.Id(input.StudentId, "Student", Field.Of(nameof(RecordSuspensionCommand.StudentId))), input.From, input.To, call.UserId),
            Payload =
            [
                new("student", typeof(StudentType), "The student; null when refused.",
                    (suspension, c) => suspension is null ? null : Loaders.Student(c, suspension.StudentId)),
                new("from", typeof(DateType), "The suspension's first day; null when refused.", (suspension, _) => suspension?.From),
                new("to", typeof(DateType), "The suspension's last day; null when refused.", (suspension, _) => suspension?.To),
            ],
        });

        schema.AddMutation(new MutationDeclaration<RecordFeePaymentInput, RecordFeePaymentCommand, FeePayingStatus>
        {
            Name = "recordFeePayment",
            Description = "Records whether a fee-paying student has paid the tuition fee of a term (recorded as fee-paying first); until it "
                + "is paid the student cannot register themself for the term. Needs records.register.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordFeePaymentInputType),
            Command = (input, call) => new RecordFeePaymentCommand(
                call.Id(input.StudentId, "Student", Field.Of(nameof(RecordFeePaymentCommand.StudentId))), input.Term, input.Paid, call.UserId),
            Payload =
            [
                new("student", typeof(StudentType), "The student; null when refused.",
                    (status, c) => status is null ? null : Loaders.Student(c, status.StudentId)),
                new("term", typeof(TermType), "The term, as HT2025; null when refused.", (status, _) => status?.Term),
                new("feePaid", typeof(BooleanGraphType), "Whether the term's fee is now recorded as paid; null when refused.",
                    (status, _) => status?.IsFeePaid),
            ],
            InputNames = { [nameof(RecordFeePaymentCommand.IsPaid)] = "paid" },
        });
    }
}
