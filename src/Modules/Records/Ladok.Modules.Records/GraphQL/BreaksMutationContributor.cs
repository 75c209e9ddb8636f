using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>Study breaks, dropouts, withdrawals and programme registrations: study administrators' writes, each checked again at the department.</summary>
public sealed class BreaksMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<RecordStudyBreakInput, RecordStudyBreakCommand, StudyBreak>
        {
            Name = "recordStudyBreak",
            Description = "Records a study break (studieuppehåll) on a registration; the student keeps the place. "
                + "Needs records.register at the offering's department or a unit above it.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordStudyBreakInputType),
            PayloadType = typeof(RecordStudyBreakPayloadType),
            Command = (input, call) => new RecordStudyBreakCommand(
                call.Id(input.RegistrationId, "Registration", Field.Of(nameof(RecordStudyBreakCommand.RegistrationId))),
                input.From, input.To, input.Reason, call.UserId),
            Payload = (studyBreak, errors) => new RecordStudyBreakPayload(studyBreak, errors),
        });

        schema.AddMutation(new MutationDeclaration<RecordDropoutInput, RecordDropoutCommand, DropoutRecord>
        {
            Name = "recordDropout",
            Description = "Records a dropout (studieavbrott) from a course registration, or from a programme registration, "
                + "which cascades to the student's open registrations on the programme's courses in one transaction. "
                + "Whether a course dropout is early is computed. Needs records.register at the department.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordDropoutInputType),
            PayloadType = typeof(RecordDropoutPayloadType),
            Command = (input, call) =>
            {
                var registration = Field.Of(nameof(RecordDropoutCommand.RegistrationId));
                var programmeRegistration = Field.Of(nameof(RecordDropoutCommand.ProgrammeRegistrationId));
                if (string.IsNullOrEmpty(input.RegistrationId) == string.IsNullOrEmpty(input.ProgrammeRegistrationId))
                {
                    call.Refuse(DomainError.Validation("Give either registrationId or programmeRegistrationId.", registration));
                }

                return string.IsNullOrEmpty(input.RegistrationId)
                    ? new RecordDropoutCommand(
                        null, call.Id(input.ProgrammeRegistrationId, "ProgrammeRegistration", programmeRegistration), input.Date, input.Reason, call.UserId)
                    : new RecordDropoutCommand(call.Id(input.RegistrationId, "Registration", registration), null, input.Date, input.Reason, call.UserId);
            },
            Payload = (record, errors) => new RecordDropoutPayload(record, errors),
        });

        schema.AddMutation(new MutationDeclaration<WithdrawRegistrationInput, WithdrawRegistrationCommand, Registration>
        {
            Name = "withdrawRegistration",
            Description = "Records a withdrawal (återbud): before the offering starts, with no results reported. "
                + "Needs records.register at the offering's department.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(WithdrawRegistrationInputType),
            PayloadType = typeof(WithdrawRegistrationPayloadType),
            Command = (input, call) => new WithdrawRegistrationCommand(
                call.Id(input.RegistrationId, "Registration", Field.Of(nameof(WithdrawRegistrationCommand.RegistrationId))), call.UserId),
            Payload = (registration, errors) => new WithdrawRegistrationPayload(registration, errors),
        });

        schema.AddMutation(new MutationDeclaration<RegisterOnProgrammeInput, RegisterOnProgrammeCommand, ProgrammeRegistration>
        {
            Name = "registerOnProgramme",
            Description = "Registers an admitted student on a programme from a start term. "
                + "Needs records.register at the programme's department or a unit above it.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RegisterOnProgrammeInputType),
            PayloadType = typeof(RegisterOnProgrammePayloadType),
            Command = (input, call) =>
            {
                var (studentId, programmeId) = GlobalIds.Both(call,
                    (input.StudentId, "Student", Field.Of(nameof(RegisterOnProgrammeCommand.StudentId))),
                    (input.ProgrammeId, "Programme", Field.Of(nameof(RegisterOnProgrammeCommand.ProgrammeId))));
                return new RegisterOnProgrammeCommand(studentId, programmeId, input.StartTerm, call.UserId);
            },
            Payload = (registration, errors) => new RegisterOnProgrammePayload(registration, errors),
        });
    }
}
