using Ladok.Kernel.GraphQL.Scalars;
using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

public sealed class StudentType : NodeGraphType<Student>
{
    public StudentType() : base("Student", s => s.Id)
    {
        Description = "Studentuppgifter: a student, identified by personnummer, samordningsnummer or interim number.";
        Field(s => s.IdentityNumber, typeof(NonNullGraphType<PersonalIdentityNumberType>)).Description("Twelve characters, YYYYMMDDNNNC, without separator.");
        Field<NonNullGraphType<IdentityNumberKindType>>("kind").Description("Which kind of number `identityNumber` is.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FormerIdentityNumberType>>>>("formerIdentityNumbers")
            .Description("Tidigare identiteter: the numbers the student had before, oldest first; `student(identityNumber:)` finds the student by them too.")
            .Resolve(c => Loaders.FormerIdentityNumbersOfStudent(c, c.Source.Id).Then(numbers => numbers ?? []));
        Field(s => s.FirstName).Description("The first name, as registered.");
        Field(s => s.LastName).Description("The last name, as registered.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("First and last name.").Resolve(c => c.Source.Name);
        Field(s => s.Email, nullable: true).Description("The e-mail address; null when none is registered.");
        Field(s => s.CreatedAt).Description("When the student was added to the register (ISO 8601).");
        Field(s => s.CreatedBy).Description("Who created the student: the university identity, such as the Umu-id.").DeprecationReason("Use createdByUser.");
        Field("createdByUser", Links.Of("User")).Description("Who created the student.").Resolve(c => Loaders.User(c, c.Source.CreatedBy));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>>("registrations").Description("Oldest first.")
            .Resolve(
                c => Loaders.RegistrationsOfStudent(c, c.Source.Id).ThenAsync((registrations, ct) => Scope(c).VisibleAsync(registrations ?? [], c.User!, ct)))
            .Description("Oldest first; only those at departments where you may read records.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>>("results")
            .Description("By examination date; only those at departments where you may read records.")
            .Argument<BooleanGraphType>("includeRemoved", "Also attested results whose removal was attested (false by default).")
            .Resolve(c => Loaders.ResultsOfStudent(c, c.Source.Id).ThenAsync((results, ct) =>
                Scope(c).VisibleAsync((results ?? []).Where(r => c.GetArgument("includeRemoved", false) || r.Status != ResultStatus.Removed), c.User!, ct)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudyRecordCourseType>>>>("studyRecord")
            .Description(
                "Studiedokumentation: the student's registrations and results grouped by course, by course code; only departments where you may read records.")
            .Resolve(c => Loaders.StudyRecord(c, c.Source.Id).ThenAsync(async (record, ct) =>
            {
                var registrations = await Scope(c).VisibleAsync(record.Registrations, c.User!, ct);
                var results = await Scope(c).VisibleAsync(record.Results, c.User!, ct);
                return registrations.Select(r => r.CourseCode).Concat(results.Select(r => r.CourseCode)).Distinct().Order(StringComparer.Ordinal)
                    .Select(code =>
                        new StudyRecordCourse(code, registrations.Where(r => r.CourseCode == code).ToList(), results.Where(r => r.CourseCode == code).ToList()))
                    .ToList();
            }));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeRegistrationType>>>>("programmeRegistrations")
            .Description("Programme registrations, oldest first; only those at departments where you may read records.")
            .Resolve(
                c => Loaders.ProgrammeRegistrationsOfStudent(c, c.Source.Id)
                    .ThenAsync((registrations, ct) => Scope(c).VisibleAsync(registrations ?? [], c.User!, ct)));
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token: changes when the student's own data changes.")
            .Resolve(c => c.Source.RowVersion.ToString(CultureInfo.InvariantCulture));
    }

    private static RecordsReadScope Scope(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RecordsReadScope>();
}

public sealed class RegistrationType : NodeGraphType<Registration>
{
    public RegistrationType() : base("Registration", r => r.Id)
    {
        Description = "Registrering: a student registered on a course offering (kurstillfälle) for a term.";
        Field<NonNullGraphType<RegistrationKindType>>("kind")
            .Description("Registreringstyp: first time (FFG), continuation (FO) or repeat (OM).").Resolve(c => c.Source.Kind);
        Field(r => r.Term, typeof(NonNullGraphType<TermType>)).Description("The offering's start term, such as HT2025.");
        Field<NonNullGraphType<IdGraphType>>("offeringId").Description("The `id` of the CourseOffering; fetch it with `node(id:)`.")
            .DeprecationReason("Use offering.")
            .Resolve(c => GlobalId.Encode("CourseOffering", c.Source.OfferingId));
        Field("offering", Links.Of("CourseOffering")).Description("The course offering (kurstillfälle) the student is registered on.")
            .Resolve(c => Links.Load(c, "CourseOffering", c.Source.OfferingId));
        Field("course", Links.Of("Course")).Description("The course of the offering.").Resolve(c => Links.Load(c, "Course", c.Source.CourseId));
        Field(r => r.CourseCode).Description("The course code, as it was when the student was registered.");
        Field(r => r.OfferingCode).Description("The offering code, as it was when the student was registered.");
        Field(r => r.RegisteredAt).Description("When the registration was recorded (ISO 8601).");
        Field(r => r.RegisteredBy).Description("Who registered the student: the university identity, such as the Umu-id.")
            .DeprecationReason("Use registeredByUser.");
        Field("registeredByUser", Links.Of("User")).Description("Who registered the student.").Resolve(c => Loaders.User(c, c.Source.RegisteredBy));
        Field<NonNullGraphType<StudentType>>("student").Description("The registered student.").Resolve(c => Loaders.Student(c, c.Source.StudentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>>("results")
            .Description("Results reported on this registration, removed ones too, by examination date.")
            .Resolve(c => Loaders.ResultsOfRegistration(c, c.Source.Id).Then(results => (IEnumerable<Result>?)results ?? []));
        Field<NonNullGraphType<ParticipationStateType>>("state").Description("Deltagandestatus today; see ParticipationState.")
            .Resolve(c => Loaders.ParticipationState(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StudyBreakType>>>>("studyBreaks").Description("Study breaks, by start date.")
            .Resolve(c => Loaders.StudyBreaksOfRegistration(c, c.Source.Id).Then(breaks => (IEnumerable<StudyBreak>?)breaks ?? []));
        Field<DropoutType>("dropout").Description("The dropout; null while the student has not dropped out.").Resolve(c => c.Source.Dropout);
        Field<DateType>("withdrawnOn")
            .Description("The day the registration was removed, before the offering started (removeRegistration; återbud if recorded before it); "
                + "null while it stands.")
            .Resolve(c => c.Source.WithdrawnOn);
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token: changes when the registration changes.")
            .Resolve(c => c.Source.RowVersion.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class FormerIdentityNumberType : ObjectGraphType<FormerIdentityNumber>
{
    public FormerIdentityNumberType()
    {
        Name = "FormerIdentityNumber";
        Description = "Tidigare identitet: a number a student had before it was replaced.";
        Field(f => f.IdentityNumber, typeof(NonNullGraphType<PersonalIdentityNumberType>)).Description("Twelve characters, YYYYMMDDNNNC, without separator.");
        Field<NonNullGraphType<IdentityNumberKindType>>("kind")
            .Description("Which kind of number it was: personnummer, samordningsnummer or interimsnummer.").Resolve(c => c.Source.Kind);
        Field(f => f.ReplacedAt).Description("When it was replaced.");
        Field(f => f.ReplacedBy).Description("The study administrator who replaced it.").DeprecationReason("Use replacedByUser.");
        Field("replacedByUser", Links.Of("User")).Description("The study administrator who replaced it.").Resolve(c => Loaders.User(c, c.Source.ReplacedBy));
    }
}

public sealed class IdentityNumberKindType : EnumerationGraphType<IdentityNumberKind>
{
    public IdentityNumberKindType()
    {
        Name = "IdentityNumberKind";
        Description = "Personnummer (PERSONAL), samordningsnummer (COORDINATION, day of birth + 60) or interim number (INTERIM, no check digit).";
        this.DescribeValues(new Dictionary<IdentityNumberKind, string>
        {
            [IdentityNumberKind.Personal] = "Personnummer, given by Skatteverket to everyone registered in Sweden.",
            [IdentityNumberKind.Coordination] = "Samordningsnummer: the day of birth plus 60, for people not (yet) registered in Sweden.",
            [IdentityNumberKind.Interim] = "Interimsnummer: a stand-in the university makes up until the student has a real number; no check digit.",
        });
    }
}

public sealed class RegistrationKindType : EnumerationGraphType<RegistrationKind>
{
    public RegistrationKindType()
    {
        Name = "RegistrationKind";
        Description = "Registreringstyp: FIRST_TIME (FFG), CONTINUATION (FO, the next term of a multi-term course) or REPEAT (OM, not funded).";
        this.DescribeValues(new Dictionary<RegistrationKind, string>
        {
            [RegistrationKind.FirstTime] = "FFG: första gången, the first registration on the course.",
            [RegistrationKind.Continuation] = "FO: fortsättningsregistrering, the next term of a course that spans several terms.",
            [RegistrationKind.Repeat] = "OM: omregistrering, registering again on a course already taken; not funded.",
        });
    }
}

public sealed record StudentLookup(Student? Student, string? CoverageNote);

public sealed class StudentLookupType : ObjectGraphType<StudentLookup>
{
    public StudentLookupType()
    {
        Name = "StudentLookup";
        Description = "The answer to a look-up by identity number.";
        Field<StudentType>("student").Description("Null when nobody in the register has the number.").Resolve(c => c.Source.Student);
        Field(l => l.CoverageNote, nullable: true)
            .Description(
                "When nobody was found: what the university's register covers, since when, and where records it lacks are kept (from the " +
                "university plugin). Null when found.");
    }
}
