using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Mutations;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>Study breaks, dropouts, removed registrations and programme registrations: study administrators' writes, checked again at the department.</summary>
public sealed class BreaksMutationContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.AddMutation(new MutationDeclaration<RecordStudyBreakInput, RecordStudyBreakCommand, StudyBreak>
        {
            Name = "recordStudyBreak",
            Description = "Records a study break on a course registration alone, with a free-text reason, as before study breaks were decided "
                + "on programme registrations. Needs records.register at the offering's department or a unit above it.",
            DeprecationReason = "A study break is decided on the programme registration (HF 7 kap. 33 §): use recordProgrammeStudyBreak.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordStudyBreakInputType),
            Command = (input, call) => new RecordStudyBreakCommand(
                call.Id(input.RegistrationId, "Registration", Field.Of(nameof(RecordStudyBreakCommand.RegistrationId))),
                input.From, input.To, input.Reason, call.UserId),
            Payload =
            [
                new("studyBreak", typeof(StudyBreakType), "The new break; null when refused."),
                new("registration", typeof(RegistrationType), "The registration, with its breaks and state; null when refused.",
                    (studyBreak, c) => studyBreak is null ? null : Loaders.Registration(c, studyBreak.RegistrationId)),
            ],
        });

        schema.AddMutation(new MutationDeclaration<RecordProgrammeStudyBreakInput, RecordProgrammeStudyBreakCommand, ProgrammeStudyBreakRecord>
        {
            Name = "recordProgrammeStudyBreak",
            Description = "Records a study break (studieuppehåll) decided on a programme registration (HF 7 kap. 33 §, UHRFS 2013:3): from, to, "
                + "the term the student resumes and whether the place is guaranteed (med platsgaranti). The student's open registrations on "
                + "the programme's courses whose offerings run during the break go on break with it, in one transaction. "
                + "Needs records.register at the programme's department or a unit above it.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordProgrammeStudyBreakInputType),
            Command = (input, call) => new RecordProgrammeStudyBreakCommand(
                call.Id(input.ProgrammeRegistrationId, "ProgrammeRegistration", Field.Of(nameof(RecordProgrammeStudyBreakCommand.ProgrammeRegistrationId))),
                input.From, input.To, input.ResumeTerm, input.GuaranteedPlace, call.UserId),
            Payload =
            [
                new("studyBreak", typeof(ProgrammeStudyBreakType), "The new break; null when refused.", (record, _) => record?.StudyBreak),
                new("programmeRegistration", typeof(ProgrammeRegistrationType), "The programme registration, with its breaks; null when refused.",
                    (record, _) => record?.ProgrammeRegistration),
                new("registrations", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>),
                    "The course registrations the break puts on break: open ones on the programme's courses whose offerings run during it.",
                    (record, _) => record?.Registrations ?? []),
            ],
        });

        schema.AddMutation(new MutationDeclaration<RecordDropoutInput, RecordDropoutCommand, DropoutRecord>
        {
            Name = "recordDropout",
            Description = "Records a dropout (studieavbrott) from a course registration, or from a programme registration, "
                + "which cascades to the student's open registrations on the programme's courses in one transaction. "
                + "Whether a course dropout is early is computed. Needs records.register at the department.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RecordDropoutInputType),
            Command = (input, call) =>
            {
                var registration = Field.Of(nameof(RecordDropoutCommand.RegistrationId));
                var programmeRegistration = Field.Of(nameof(RecordDropoutCommand.ProgrammeRegistrationId));
                if (string.IsNullOrEmpty(input.RegistrationId) == string.IsNullOrEmpty(input.ProgrammeRegistrationId))
                {
                    call.Refuse(DomainError.Of(RecordsReasons.RegistrationOrProgramme, registration));
                }

                return string.IsNullOrEmpty(input.RegistrationId)
                    ? new RecordDropoutCommand(
                        null, call.Id(input.ProgrammeRegistrationId, "ProgrammeRegistration", programmeRegistration), input.Date, input.Reason, call.UserId)
                    : new RecordDropoutCommand(call.Id(input.RegistrationId, "Registration", registration), null, input.Date, input.Reason, call.UserId);
            },
            Payload =
            [
                new("registration", typeof(RegistrationType), "The course registration dropped out of; null for a programme dropout or when refused.",
                    (record, _) => record?.Registration),
                new("programmeRegistration", typeof(ProgrammeRegistrationType),
                    "The programme registration dropped out of; null for a course dropout or when refused.", (record, _) => record?.ProgrammeRegistration),
                new("registrations", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>),
                    "Every course registration the dropout reached: dropped out, or withdrawn where the offering starts after the date. Completed ones "
                    + "are left as they are.",
                    (record, _) => record?.Registrations ?? []),
            ],
        });

        schema.AddMutation(new MutationDeclaration<WithdrawRegistrationInput, RemoveRegistrationCommand, Registration>
        {
            Name = "removeRegistration",
            Description = "Removes a registration that should not stand (ta bort registrering): made in error, or the student declines before "
                + "starting, whose återbud belongs to the admission. Only before the offering starts and with no results reported; the "
                + "registration stays on record as WITHDRAWN and counts for nothing. A student who leaves once the offering has started gets "
                + "a dropout (recordDropout). Needs records.register at the offering's department.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RemoveRegistrationInputType),
            Command = (input, call) => new RemoveRegistrationCommand(
                call.Id(input.RegistrationId, "Registration", Field.Of(nameof(RemoveRegistrationCommand.RegistrationId))), call.UserId),
            Payload = [new("registration", typeof(RegistrationType), "The removed registration, kept on record as WITHDRAWN; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<WithdrawRegistrationInput, RemoveRegistrationCommand, Registration>
        {
            Name = "withdrawRegistration",
            Description = "Removes a registration before the offering starts, with no results reported, as removeRegistration does. "
                + "Needs records.register at the offering's department.",
            DeprecationReason = "Återbud belongs to the admission, and a registered student who leaves gets a dropout: "
                + "use removeRegistration for a registration that should not stand, recordDropout for a student who leaves.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(WithdrawRegistrationInputType),
            Command = (input, call) => new RemoveRegistrationCommand(
                call.Id(input.RegistrationId, "Registration", Field.Of(nameof(RemoveRegistrationCommand.RegistrationId))), call.UserId),
            Payload = [new("registration", typeof(RegistrationType), "The withdrawn registration; null when refused.")],
        });

        schema.AddMutation(new MutationDeclaration<RegisterOnProgrammeInput, RegisterOnProgrammeCommand, ProgrammeRegistration>
        {
            Name = "registerOnProgramme",
            Description = "Registers an admitted student on a programme from a start term. "
                + "Needs records.register at the programme's department or a unit above it.",
            Policy = RecordsPolicies.Register,
            InputType = typeof(RegisterOnProgrammeInputType),
            Command = (input, call) =>
            {
                var (studentId, programmeId) = GlobalIds.Both(call,
                    (input.StudentId, "Student", Field.Of(nameof(RegisterOnProgrammeCommand.StudentId))),
                    (input.ProgrammeId, "Programme", Field.Of(nameof(RegisterOnProgrammeCommand.ProgrammeId))));
                return new RegisterOnProgrammeCommand(studentId, programmeId, input.StartTerm, call.UserId);
            },
            Payload = [new("programmeRegistration", typeof(ProgrammeRegistrationType), "The new programme registration; null when refused.")],
        });
    }
}
