using Ladok.Kernel.GraphQL.Scalars;
using System.Globalization;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
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
            + "COMPLETED (avklarad: a passing course grade in force), DROPOUT (avbrott), "
            + "WITHDRAWN (the registration was removed before the offering started; återbud if recorded before removeRegistration), "
            + "ON_BREAK (uppehåll: a study break covers today). "
            + "Withdrawal, completion, dropout and break win, in that order, over the offering's dates.";
        this.DescribeValues(new Dictionary<ParticipationState, string>
        {
            [ParticipationState.NotStarted] = "Ej påbörjad: registered, the offering has not started.",
            [ParticipationState.Ongoing] = "Pågående: the offering runs.",
            [ParticipationState.Registered] = "Registrerad: the offering has ended and the course is not completed.",
            [ParticipationState.Completed] = "Avklarad: a passing course grade is in force.",
            [ParticipationState.Dropout] = "Avbrott: the student dropped out.",
            [ParticipationState.Withdrawn] = "The registration was removed before the offering started; it counts for nothing.",
            [ParticipationState.OnBreak] = "Uppehåll: a study break covers today; the student keeps the place.",
        });
    }
}

public sealed class StudyBreakType : ObjectGraphType<StudyBreak>
{
    public StudyBreakType()
    {
        Name = "StudyBreak";
        Description = "Studieuppehåll on a course registration: the part of a programme's study break that falls on the offering, "
            + "or a break recorded on the registration alone before breaks were decided on programme registrations.";
        Field(b => b.From).Description("The first day of the break on this registration.");
        Field(b => b.To).Description("The last day of the break, included.");
        Field<NonNullGraphType<StringGraphType>>("reason")
            .Description("The free text of a break recorded on the registration alone; empty for a programme break's part.")
            .DeprecationReason("A study break is decided on the programme registration, without free text: see programmeStudyBreakId.")
            .Resolve(c => c.Source.Reason ?? "");
        Field<IdGraphType>("programmeStudyBreakId")
            .Description("The ProgrammeStudyBreak this is the part of (listed on the ProgrammeRegistration's studyBreaks); "
                + "null for a break recorded on the registration alone.")
            .Resolve(c => c.Source.ProgrammeStudyBreakId is { } id ? GlobalId.Encode("ProgrammeStudyBreak", id) : null);
        Field(b => b.RecordedBy).Description("Who recorded the break: the university identity.").DeprecationReason("Use recordedByUser.");
        Field("recordedByUser", Links.Of("User")).Description("Who recorded the break.").Resolve(c => Loaders.User(c, c.Source.RecordedBy));
        Field(b => b.RecordedAt).Description("When the break was recorded (ISO 8601).");
    }
}

public sealed class ProgrammeStudyBreakType : ObjectGraphType<ProgrammeStudyBreak>
{
    public ProgrammeStudyBreakType()
    {
        Name = "ProgrammeStudyBreak";
        Description = "Studieuppehåll decided on a programme registration (HF 7 kap. 33 §, UHRFS 2013:3). The course registrations in it are ON_BREAK.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("This break's id, as a StudyBreak's `programmeStudyBreakId` names it.")
            .Resolve(c => GlobalId.Encode("ProgrammeStudyBreak", c.Source.Id));
        Field(b => b.From).Description("The first day of the break.");
        Field(b => b.To).Description("The last day of the break, included.");
        Field(b => b.ResumeTerm, typeof(NonNullGraphType<TermType>)).Description("The term the student resumes, such as HT2026.");
        Field(b => b.GuaranteedPlace).Description("Med platsgaranti: decided for special reasons (särskilda skäl); the student keeps the place.");
        Field(b => b.RecordedBy).Description("Who recorded the decision: the university identity.").DeprecationReason("Use recordedByUser.");
        Field("recordedByUser", Links.Of("User")).Description("Who recorded the decision.").Resolve(c => Loaders.User(c, c.Source.RecordedBy));
        Field(b => b.RecordedAt).Description("When the break was recorded (ISO 8601).");
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
        Field(d => d.Reason, nullable: true).Description("The reason given for the dropout (avbrott); null when none was given.");
        Field(d => d.RecordedBy).Description("The user id of who recorded the dropout.").DeprecationReason("Use recordedByUser.");
        Field("recordedByUser", Links.Of("User")).Description("Who recorded the dropout.").Resolve(c => Loaders.User(c, c.Source.RecordedBy));
        Field(d => d.RecordedAt).Description("When the dropout was recorded (ISO 8601).");
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
            .DeprecationReason("Use programme.")
            .Resolve(c => GlobalId.Encode("Programme", c.Source.ProgrammeId));
        Field("programme", Links.Of("Programme")).Description("The programme the student is registered on.")
            .Resolve(c => Links.Load(c, "Programme", c.Source.ProgrammeId));
        Field(p => p.ProgrammeCode).Description("The programme code, as it was when the student was registered.");
        Field(p => p.StartTerm, typeof(NonNullGraphType<TermType>)).Description("The start term, such as HT2025.");
        Field(p => p.RegisteredAt).Description("When the registration on the programme was recorded (ISO 8601).");
        Field(p => p.RegisteredBy).Description("The user id of who recorded it.").DeprecationReason("Use registeredByUser.");
        Field("registeredByUser", Links.Of("User")).Description("Who recorded it.").Resolve(c => Loaders.User(c, c.Source.RegisteredBy));
        Field<DateType>("droppedOutOn").Description("The date of the dropout from the programme; null while the student has not dropped out.")
            .Resolve(c => c.Source.DroppedOutOn);
        Field(p => p.DropoutReason, nullable: true).Description("Why the student dropped out of the programme (avbrott); null when they have not.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeStudyBreakType>>>>("studyBreaks")
            .Description("Studieuppehåll decided on this programme registration, earliest first.")
            .Resolve(c => c.Source.StudyBreaks.OrderBy(b => b.From).ToList());
        Field<NonNullGraphType<StudentType>>("student").Description("The registered student.").Resolve(c => Loaders.Student(c, c.Source.StudentId));
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token.")
            .Resolve(c => c.Source.RowVersion.ToString(CultureInfo.InvariantCulture));
    }
}
