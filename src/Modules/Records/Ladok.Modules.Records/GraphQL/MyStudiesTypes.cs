using Ladok.Kernel.GraphQL.Scalars;
using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Periods;
using Ladok.Modules.Records.Application.Sittings;
using Ladok.Modules.Records.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Records.GraphQL;

/// <summary>
/// Adds <c>student</c> to the Permissions module's <c>Viewer</c> (<c>me</c>): the signed-in student's own studies ("Mina studier"),
/// null for staff. It answers from the student the host found at sign-in, never from an argument, so it is the caller's only.
/// </summary>
public sealed class MeStudentExtension : INodeTypeExtension
{
    public string TypeName => "Viewer";

    public void AddFields(ObjectGraphType fields, Func<object, Guid> idOf) =>
        fields.Field<MyStudiesType>("student")
            .Description("Mina studier: your own studies when you signed in as a student; null for staff.")
            .Resolve(c => CallerIdentity.StudentIdOf(c.User) is { } studentId ? (object?)Loaders.Student(c, studentId) : null);
}

/// <summary>
/// Mina studier: what a signed-in student sees of their own record. Results show once they are attested (domain.md, "What a student
/// sees"): a ready one is in progress, without its grade; drafts, rejected and removed results are the teachers' and are not shown.
/// </summary>
public sealed class MyStudiesType : ObjectGraphType<Student>
{
    public MyStudiesType()
    {
        Name = "MyStudies";
        Description = "Mina studier: the signed-in student's own record, as the student sees it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The `id` of the Student.").Resolve(c => GlobalId.Encode("Student", c.Source.Id));
        Field(s => s.IdentityNumber).Description("Your personnummer, samordningsnummer or interim number: twelve characters, YYYYMMDDNNNC.");
        Field(s => s.FirstName).Description("Your first name, as registered.");
        Field(s => s.LastName).Description("Your last name, as registered.");
        Field(s => s.Email, nullable: true).Description("Your e-mail address; null when none is registered.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MyRegistrationType>>>>("registrations")
            .Description("Your course registrations, oldest first, withdrawn ones too.")
            .Resolve(c => Loaders.RegistrationsOfStudent(c, c.Source.Id).Then(registrations => (IEnumerable<Registration>?)registrations ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MyResultType>>>>("results")
            .Description("Your results by examination date: attested ones (and credit transfers), and those reported ready as IN_PROGRESS.")
            .Resolve(c => Loaders.ResultsOfStudent(c, c.Source.Id).Then(results => (results ?? []).Where(MyResults.Shown)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MyStudyTermType>>>>("studyRecord")
            .Description("Your study record term by term, oldest first: the courses you registered on and the credits attained on them.")
            .Resolve(c => Loaders.StudyRecord(c, c.Source.Id).Then(record => MyResults.Terms(record.Registrations, record.Results)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExamSittingType>>>>("examSittings")
            .Description("Aktivitetstillfällen: the exam sittings not yet over on the course versions you are registered on (neither withdrawn nor "
                + "dropped out), and those you signed up for, earliest first, cancelled ones too; `mySignUp` holds your anonymous code.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ExamSittingReader>().OfStudentAsync(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<DecimalType>>("attainedCredits")
            .Description("Every credit (hp) you have attained here: passing attested results, without counting a course's grade over its modules.")
            .Resolve(c => Loaders.ResultsOfStudent(c, c.Source.Id).Then(results => MyResults.Credits((results ?? []).Where(r => r.RegistrationId != null))));
        Field<NonNullGraphType<DecimalType>>("transferredCredits")
            .Description("Credits (hp) transferred from elsewhere (tillgodoräknande), once attested.")
            .Resolve(c => Loaders.ResultsOfStudent(c, c.Source.Id).Then(results => MyResults.Credits((results ?? []).Where(r => r.RegistrationId == null))));
    }
}

/// <summary>What a student sees of their results, and the credits they sum to.</summary>
public static class MyResults
{
    /// <summary>Attested (a removal requested still stands) or ready; drafts, rejected and removed results are the teachers' own.</summary>
    public static bool Shown(Result result) => result.Status is ResultStatus.Attested or ResultStatus.RemovalRequested or ResultStatus.Ready;

    /// <summary>In force: what a transcript shows.</summary>
    public static bool InForce(Result result) => result.Status is ResultStatus.Attested or ResultStatus.RemovalRequested;

    /// <summary>
    /// The credits of passing results in force. A course grade sums its modules' credits, so on a course where module results are in force
    /// those count and the course grade does not; a course graded without modules counts its grade.
    /// </summary>
    public static decimal Credits(IEnumerable<Result> results)
    {
        var passing = results.Where(r => InForce(r) && r.IsPassing).ToList();
        var withModules = passing.Where(r => r.ModuleId != null).Select(r => r.CourseId).ToHashSet();
        return passing.Where(r => r.ModuleId != null || !withModules.Contains(r.CourseId)).Sum(r => r.Credits);
    }

    /// <summary>Each term the student registered in, oldest first, with its registrations and the credits attained on them.</summary>
    public static IEnumerable<MyStudyTerm> Terms(IReadOnlyList<Registration> registrations, IReadOnlyList<Result> results) =>
        registrations.GroupBy(r => r.Term).OrderBy(g => Term.Parse(g.Key)).Select(term =>
        {
            var ids = term.Select(r => r.Id).ToHashSet();
            return new MyStudyTerm(term.Key, term.ToList(), Credits(results.Where(r => r.RegistrationId is { } id && ids.Contains(id))));
        });
}

/// <summary>A term of a student's study record.</summary>
public sealed record MyStudyTerm(string Term, IReadOnlyList<Registration> Registrations, decimal AttainedCredits);

public sealed class MyStudyTermType : ObjectGraphType<MyStudyTerm>
{
    public MyStudyTermType()
    {
        Name = "MyStudyTerm";
        Description = "A term of your study record: the registrations for it and the credits attained on them.";
        Field(t => t.Term, typeof(NonNullGraphType<TermType>)).Description("The term, such as HT2025.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MyRegistrationType>>>>("registrations")
            .Description("Your registrations for the term.").Resolve(c => c.Source.Registrations);
        Field(t => t.AttainedCredits).Description("Credits (hp) attained on those registrations: passing attested results, modules before course grades.");
    }
}

/// <summary>A student's own registration, as the student sees it.</summary>
public sealed class MyRegistrationType : ObjectGraphType<Registration>
{
    public MyRegistrationType()
    {
        Name = "MyRegistration";
        Description = "Registrering: your registration on a course offering (kurstillfälle) for a term.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The `id` of the Registration.").Resolve(c => GlobalId.Encode("Registration", c.Source.Id));
        Field<NonNullGraphType<RegistrationKindType>>("kind").Description("First time (FFG), continuation (FO) or repeat (OM).").Resolve(c => c.Source.Kind);
        Field(r => r.Term, typeof(NonNullGraphType<TermType>)).Description("The term registered for, such as HT2025.");
        Field("offering", Links.Of("CourseOffering")).Description("The course offering.").Resolve(c => Links.Load(c, "CourseOffering", c.Source.OfferingId));
        Field("course", Links.Of("Course")).Description("The course.").Resolve(c => Links.Load(c, "Course", c.Source.CourseId));
        Field(r => r.RegisteredAt).Description("When you were registered (ISO 8601).");
        Field<NonNullGraphType<ParticipationStateType>>("state").Description("Deltagandestatus today.")
            .Resolve(c => Loaders.ParticipationState(c, c.Source.Id));
        Field<DateType>("droppedOutOn").Description("The day of your dropout (avbrott); null if none.").Resolve(c => c.Source.DroppedOutOn);
        Field<DateType>("withdrawnOn").Description("The day the registration was withdrawn before the start; null while it stands.")
            .Resolve(c => c.Source.WithdrawnOn);
    }
}

/// <summary>IN_PROGRESS (reported, waiting for the examiner) or ATTESTED.</summary>
public enum MyResultStatus
{
    InProgress,
    Attested,
}

public sealed class MyResultStatusType : EnumerationGraphType<MyResultStatus>
{
    public MyResultStatusType()
    {
        Name = "MyResultStatus";
        Description = "Where a result of yours stands: IN_PROGRESS until the examiner attests it, then ATTESTED.";
        this.DescribeValues(new Dictionary<MyResultStatus, string>
        {
            [MyResultStatus.InProgress] = "Reported and waiting for the examiner's decision; the grade shows once attested.",
            [MyResultStatus.Attested] = "Attested by the examiner: in your record and on your transcripts.",
        });
    }
}

/// <summary>A student's own result, as the student sees it: the grade only once attested.</summary>
public sealed class MyResultType : ObjectGraphType<Result>
{
    public MyResultType()
    {
        Name = "MyResult";
        Description = "Resultat: one of your results. While IN_PROGRESS it shows what it is on, not the grade.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The `id` of the Result.").Resolve(c => GlobalId.Encode("Result", c.Source.Id));
        Field<NonNullGraphType<MyResultStatusType>>("status").Description("IN_PROGRESS or ATTESTED.")
            .Resolve(c => MyResults.InForce(c.Source) ? MyResultStatus.Attested : MyResultStatus.InProgress);
        Field("course", Links.Of("Course")).Description("The course.").Resolve(c => Links.Load(c, "Course", c.Source.CourseId));
        Field("module", Links.Of("CourseModule", nullable: true)).Description("The module (modul); null for the course grade.")
            .Resolve(c => c.Source.ModuleId is { } module ? Links.Load(c, "CourseModule", module) : null);
        Field("offering", Links.Of("CourseOffering", nullable: true)).Description("The course offering it was examined on; null for a credit transfer.")
            .Resolve(c => c.Source.OfferingId is { } offering ? Links.Load(c, "CourseOffering", offering) : null);
        Field(r => r.Credits).Description("The credits (hp) of the module or course; attained when the grade passes.");
        Field<StringGraphType>("grade").Description("The grade's code, such as VG; null while in progress.")
            .Resolve(c => MyResults.InForce(c.Source) ? c.Source.Grade : null);
        Field<BooleanGraphType>("passed").Description("Whether the grade passes; null while in progress.")
            .Resolve(c => MyResults.InForce(c.Source) ? c.Source.IsPassing : null);
        Field<DateType>("examinationDate").Description("The day you completed the work; null while in progress.")
            .Resolve(c => MyResults.InForce(c.Source) ? c.Source.ExaminationDate : null);
        Field<DateTimeType>("attestedAt").Description("When the examiner attested it; null while in progress.")
            .Resolve(c => MyResults.InForce(c.Source) ? c.Source.DecidedAt : null);
        Field(r => r.TransferredFrom, nullable: true).Description("For a credit transfer (tillgodoräknande): where the credits were earned.");
    }
}
