using System.Globalization;
using GraphQL.Types;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed class ParticipationStateType : EnumerationGraphType<ParticipationState>
{
    public ParticipationStateType()
    {
        Name = "ParticipationState";
        Description = "Deltagandestatus, computed from today's date: NOT_STARTED (ej påbörjad), ONGOING (pågående), REGISTERED (the offering has " +
            "ended, not completed), "
            + "COMPLETED (avklarad: a passing course grade in force), DROPOUT (avbrott), WITHDRAWN (återbud), ON_BREAK (uppehåll: a study break covers today). "
            + "Withdrawal, completion, dropout and break win, in that order, over the offering's dates.";
    }
}

public sealed class StudyBreakType : ObjectGraphType<StudyBreak>
{
    public StudyBreakType()
    {
        Name = "StudyBreak";
        Description = "Studieuppehåll: an approved study break on a registration; the student keeps the place.";
        Field(b => b.From).Description("The first day of the break.");
        Field(b => b.To).Description("The last day of the break, included.");
        Field(b => b.Reason);
        Field(b => b.RecordedBy).Description("Who recorded the break: the university identity.");
        Field(b => b.RecordedAt);
    }
}

public sealed class DropoutType : ObjectGraphType<Dropout>
{
    public DropoutType()
    {
        Name = "Dropout";
        Description = "Studieavbrott on a registration.";
        Field(d => d.Date).Description("Avbrottsdatum.");
        Field<NonNullGraphType<BooleanGraphType>>("early")
            .Description(
                "Tidigt avbrott: within 21 days of the offering's start, before any exam and with no passed result. Counts as never started; gives no HST.")
            .Resolve(c => c.Source.IsEarly);
        Field(d => d.Reason, nullable: true);
        Field(d => d.RecordedBy);
        Field(d => d.RecordedAt);
        Field<IdGraphType>("programmeRegistrationId").Description("Set when the dropout followed from a dropout from this programme registration.")
            .Resolve(c => c.Source.ProgrammeRegistrationId is { } id ? GlobalId.Encode("ProgrammeRegistration", id) : null);
    }
}

public sealed class ProgrammeRegistrationType : NodeGraphType<ProgrammeRegistration>
{
    public ProgrammeRegistrationType() : base("ProgrammeRegistration", p => p.Id)
    {
        Description = "Programregistrering: a student registered on a programme from a start term. A dropout from it cascades to the student's " +
            "open course registrations on its courses.";
        Field<NonNullGraphType<IdGraphType>>("programmeId").Description("The `id` of the Programme; fetch it with `node(id:)`.")
            .Resolve(c => GlobalId.Encode("Programme", c.Source.ProgrammeId));
        Field(p => p.ProgrammeCode).Description("The programme code, as it was when the student was registered.");
        Field(p => p.StartTerm).Description("The start term, such as HT2025.");
        Field(p => p.RegisteredAt);
        Field(p => p.RegisteredBy);
        Field<DateOnlyGraphType>("droppedOutOn").Description("The date of the dropout from the programme; null while the student has not dropped out.")
            .Resolve(c => c.Source.DroppedOutOn);
        Field(p => p.DropoutReason, nullable: true);
        Field<NonNullGraphType<StudentType>>("student").Resolve(c => Loaders.Student(c, c.Source.StudentId));
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token.")
            .Resolve(c => c.Source.RowVersion.ToString(CultureInfo.InvariantCulture));
    }
}
