using System.Globalization;
using GraphQL.Types;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Records.Domain;

namespace Ladok.Modules.Records.GraphQL;

public sealed class ResultType : NodeGraphType<Result>
{
    public ResultType() : base("Result", r => r.Id)
    {
        Description = "Resultat: a grade on a module of a course version, or the course grade, and where it is in the result workflow.";
        Field<NonNullGraphType<ResultStatusType>>("status")
            .Description("Where the result is in the result workflow; see ResultStatus.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ResultOriginType>>("origin")
            .Description("Reported through the result workflow, or a credit transfer (tillgodoräknande).").Resolve(c => c.Source.Origin);
        Field(r => r.CourseCode).Description("The course's code, such as 5DV001.").DeprecationReason("Use course.");
        Field("course", Links.Of("Course")).Description("The course the result is on.").Resolve(c => Links.Load(c, "Course", c.Source.CourseId));
        Field(r => r.ModuleCode, nullable: true).Description("The module (modul) code; null for the course grade.").DeprecationReason("Use module.");
        Field("module", Links.Of("CourseModule", nullable: true)).Description("The module (modul) of the course version; null for the course grade.")
            .Resolve(c => c.Source.ModuleId is { } module ? Links.Load(c, "CourseModule", module) : null);
        Field("offering", Links.Of("CourseOffering", nullable: true))
            .Description("The course offering (kurstillfälle) the result was examined on; null for a credit transfer.")
            .Resolve(c => c.Source.OfferingId is { } offering ? Links.Load(c, "CourseOffering", offering) : null);
        Field(r => r.Grade).Description("The grade's code on its scale, such as VG.");
        Field(r => r.IsPassing).Description("Failing grades (U, F, Fx) give no credits.");
        Field(r => r.Credits).Description("The credits (hp) of the module or course; attained when the grade passes and the result is attested.");
        Field(r => r.ExaminationDate).Description("The day the student completed the work.");
        Field(r => r.ProjectTitle, nullable: true).Description("The degree project's title; null on courses that do not require one.");
        Field(r => r.TransferredFrom, nullable: true).Description("For a credit transfer: where the credits were earned.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("examiners")
            .Description("The examiners (user ids) named when it was marked ready: they are notified; any attestant with the right on the course may decide.")
            .DeprecationReason("Use examinerUsers.")
            .Resolve(c => c.Source.Examiners);
        Field("examinerUsers", Links.ListOf("User"))
            .Description(
                "The examiners named when it was marked ready, in the order named: they are notified; any attestant with the right on the course may decide.")
            .Resolve(c => Links.LoadAll(c, "User", c.Source.Examiners));
        Field(r => r.ReportedBy).Description("The user id of who reported the result.").DeprecationReason("Use reportedByUser.");
        Field("reportedByUser", Links.Of("User")).Description("Who reported the result.").Resolve(c => Loaders.User(c, c.Source.ReportedBy));
        Field(r => r.ReportedAt).Description("When the result was reported (ISO 8601).");
        Field(r => r.ChangedBy, nullable: true).Description("Who made the last change.").DeprecationReason("Use changedByUser.");
        Field("changedByUser", Links.Of("User", nullable: true)).Description("Who made the last change; null when it has not changed since it was reported.")
            .Resolve(c => Loaders.UserOrNull(c, c.Source.ChangedBy));
        Field(r => r.ChangedAt, nullable: true).Description("When the result last changed (ISO 8601); null when it has not changed since it was reported.");
        Field(r => r.DecidedBy, nullable: true).Description("The examiner who attested or rejected it.").DeprecationReason("Use decidedByUser.");
        Field("decidedByUser", Links.Of("User", nullable: true)).Description("The examiner who attested or rejected it; null before a decision.")
            .Resolve(c => Loaders.UserOrNull(c, c.Source.DecidedBy));
        Field(r => r.DecidedAt, nullable: true).Description("The decision date; an attested result counts from it.");
        Field(r => r.RejectionReason, nullable: true).Description("Why the examiner rejected the result; null unless it was rejected.");
        Field(r => r.RemovalRequestedBy, nullable: true).Description("The user id of who asked for the attested result to be removed; null when no one has.")
            .DeprecationReason("Use removalRequestedByUser.");
        Field("removalRequestedByUser", Links.Of("User", nullable: true))
            .Description("Who asked for the attested result to be removed; null when no one has.")
            .Resolve(c => Loaders.UserOrNull(c, c.Source.RemovalRequestedBy));
        Field(r => r.RemovalRequestedAt, nullable: true).Description("When the removal was asked for (ISO 8601); null when no one has.");
        Field(r => r.RemovalReason, nullable: true).Description("Why the removal was asked for; null when no one has.");
        Field(r => r.RemovedBy, nullable: true).Description("The examiner who attested the removal.").DeprecationReason("Use removedByUser.");
        Field("removedByUser", Links.Of("User", nullable: true)).Description("The examiner who attested the removal; null while the result is in force.")
            .Resolve(c => Loaders.UserOrNull(c, c.Source.RemovedBy));
        Field(r => r.RemovedAt, nullable: true).Description("When the removal was attested (ISO 8601); null while the result is in force.");
        Field<NonNullGraphType<StudentType>>("student").Description("The student the result belongs to.").Resolve(c => Loaders.Student(c, c.Source.StudentId));
        Field<RegistrationType>("registration").Description("The registration it was examined on; null for a credit transfer.")
            .Resolve(c => c.Source.RegistrationId is { } id ? Loaders.Registration(c, id) : null);
        Field<NonNullGraphType<StringGraphType>>("version").Description("Concurrency token: send it back with the next change.")
            .Resolve(c => c.Source.RowVersion.ToString(CultureInfo.InvariantCulture));
    }
}

public sealed class ResultStatusType : EnumerationGraphType<ResultStatus>
{
    public ResultStatusType()
    {
        Name = "ResultStatus";
        Description = "DRAFT (utkast) → READY (klarmarkerad) → ATTESTED (attesterad), or REJECTED (avslagen) back to the reporter. An attested " +
            "result is changed only by REMOVAL_REQUESTED → REMOVED, and is kept.";
        this.DescribeValues(new Dictionary<ResultStatus, string>
        {
            [ResultStatus.Draft] = "Utkast: reported, and can still be changed or deleted.",
            [ResultStatus.Ready] = "Klarmarkerad: marked ready for the examiner to attest.",
            [ResultStatus.Rejected] = "Avslagen: sent back to the reporter by the examiner.",
            [ResultStatus.Attested] = "Attesterad: decided; it counts on the student's record.",
            [ResultStatus.RemovalRequested] = "An attested result whose removal has been asked for and awaits attestation.",
            [ResultStatus.Removed] = "Removed by an attested request; kept on record, but no longer counts.",
        });
    }
}

public sealed class ResultOriginType : EnumerationGraphType<ResultOrigin>
{
    public ResultOriginType()
    {
        Name = "ResultOrigin";
        Description = "REPORTED through the result workflow, or CREDIT_TRANSFER (tillgodoräknande) of credits earned elsewhere.";
        this.DescribeValues(new Dictionary<ResultOrigin, string>
        {
            [ResultOrigin.Reported] = "Reported through the result workflow.",
            [ResultOrigin.CreditTransfer] = "Tillgodoräknande: credits earned elsewhere, transferred.",
        });
    }
}

public sealed class ReportOutcomeType : EnumerationGraphType<ReportOutcome>
{
    public ReportOutcomeType()
    {
        Name = "ReportOutcome";
        Description = "What reporting a row did: CREATED, UPDATED (a draft's grade replaced), UNCHANGED (already said), CONFLICT (an attested or " +
            "ready result says otherwise) or INVALID (see the row's errors).";
        this.DescribeValues(new Dictionary<ReportOutcome, string>
        {
            [ReportOutcome.Created] = "A new draft result was reported.",
            [ReportOutcome.Updated] = "A draft's grade was replaced.",
            [ReportOutcome.Unchanged] = "The result already said so; nothing changed.",
            [ReportOutcome.Conflict] = "An attested or ready result says otherwise; nothing changed.",
            [ReportOutcome.Invalid] = "The row was refused; see its errors.",
        });
    }
}

/// <summary>Studiedokumentation per kurs: what a student has on one course.</summary>
public sealed record StudyRecordCourse(string CourseCode, IReadOnlyList<Registration> Registrations, IReadOnlyList<Result> Results)
{
    /// <summary>
    /// Credits attained: the course's when its grade is attested and passing, otherwise the sum
    /// of the attested passing modules, each module counted once.
    /// </summary>
    public decimal AttainedCredits =>
        Results.FirstOrDefault(r => r.IsInForce && r.IsPassing && r.ModuleId is null)?.Credits
        ?? Results.Where(r => r.IsInForce && r.IsPassing && r.ModuleId is not null).DistinctBy(r => r.ModuleId).Sum(r => r.Credits);
}

public sealed class StudyRecordCourseType : ObjectGraphType<StudyRecordCourse>
{
    public StudyRecordCourseType()
    {
        Name = "StudyRecordCourse";
        Description = "A student's registrations and results on one course.";
        Field(c => c.CourseCode).Description("The course's code, such as 5DV001.").DeprecationReason("Use course.");
        Field("course", Links.Of("Course")).Description("The course.").Resolve(c => Links.Load(c, "Course", c.Source.CourseCode));
        Field(c => c.AttainedCredits)
            .Description("The course's credits when its grade is attested and passing, otherwise the sum of its attested passing modules.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegistrationType>>>>("registrations")
            .Description("The student's registrations on the course.").Resolve(c => c.Source.Registrations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>>("attestedResults")
            .Description("Results in force (attested, including those whose removal is requested), by examination date.")
            .Resolve(c => c.Source.Results.Where(r => r.IsInForce));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>>("resultsInProgress")
            .Description("Drafts, ready and rejected results: not yet decided.")
            .Resolve(c => c.Source.Results.Where(r => r.IsOpen));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ResultType>>>>("removedResults")
            .Description("Attested results whose removal was attested: kept, with their decisions, for ever.")
            .Resolve(c => c.Source.Results.Where(r => r.Status == ResultStatus.Removed));
    }
}
