using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed record RecordStudyBreakPayload(StudyBreak? StudyBreak, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record RecordProgrammeStudyBreakPayload(ProgrammeStudyBreakRecord? Record, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record RecordDropoutPayload(DropoutRecord? Record, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record WithdrawRegistrationPayload(Registration? Registration, IReadOnlyList<UserError> Errors) : IPayload;

public sealed record RegisterOnProgrammePayload(ProgrammeRegistration? ProgrammeRegistration, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class RecordStudyBreakPayloadType : PayloadType<RecordStudyBreakPayload>
{
    public RecordStudyBreakPayloadType()
    {
        Name = "RecordStudyBreakPayload";
        Field<StudyBreakType>("studyBreak").Description("The new break; null when refused.").Resolve(c => c.Source.StudyBreak);
        Field<RegistrationType>("registration").Description("The registration, with its breaks and state; null when refused.")
            .Resolve(c => c.Source.StudyBreak is { } studyBreak ? Loaders.Registration(c, studyBreak.RegistrationId) : null);
    }
}

public sealed class RecordProgrammeStudyBreakPayloadType : PayloadType<RecordProgrammeStudyBreakPayload>
{
    public RecordProgrammeStudyBreakPayloadType()
    {
        Name = "RecordProgrammeStudyBreakPayload";
        Field<ProgrammeStudyBreakType>("studyBreak").Description("The new break; null when refused.").Resolve(c => c.Source.Record?.StudyBreak);
        Field<ProgrammeRegistrationType>("programmeRegistration").Description("The programme registration, with its breaks; null when refused.")
            .Resolve(c => c.Source.Record?.ProgrammeRegistration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>>("registrations")
            .Description("The course registrations the break puts on break: open ones on the programme's courses whose offerings run during it.")
            .Resolve(c => c.Source.Record?.Registrations ?? []);
    }
}

public sealed class RecordDropoutPayloadType : PayloadType<RecordDropoutPayload>
{
    public RecordDropoutPayloadType()
    {
        Name = "RecordDropoutPayload";
        Field<RegistrationType>("registration").Description("The course registration dropped out of; null for a programme dropout or when refused.")
            .Resolve(c => c.Source.Record?.Registration);
        Field<ProgrammeRegistrationType>("programmeRegistration")
            .Description("The programme registration dropped out of; null for a course dropout or when refused.")
            .Resolve(c => c.Source.Record?.ProgrammeRegistration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>>("registrations")
            .Description(
                "Every course registration the dropout reached: dropped out, or withdrawn where the offering starts after the date. Completed ones " +
                "are left as they are.")
            .Resolve(c => c.Source.Record?.Registrations ?? []);
    }
}

public sealed class WithdrawRegistrationPayloadType : PayloadType<WithdrawRegistrationPayload>
{
    public WithdrawRegistrationPayloadType()
    {
        Name = "WithdrawRegistrationPayload";
        Field<RegistrationType>("registration").Description("The withdrawn registration; null when refused.").Resolve(c => c.Source.Registration);
    }
}

public sealed class RemoveRegistrationPayloadType : PayloadType<WithdrawRegistrationPayload>
{
    public RemoveRegistrationPayloadType()
    {
        Name = "RemoveRegistrationPayload";
        Field<RegistrationType>("registration").Description("The removed registration, kept on record as WITHDRAWN; null when refused.")
            .Resolve(c => c.Source.Registration);
    }
}

public sealed class RegisterOnProgrammePayloadType : PayloadType<RegisterOnProgrammePayload>
{
    public RegisterOnProgrammePayloadType()
    {
        Name = "RegisterOnProgrammePayload";
        Field<ProgrammeRegistrationType>("programmeRegistration").Description("The new programme registration; null when refused.")
            .Resolve(c => c.Source.ProgrammeRegistration);
    }
}
