using GraphQL.Types;
using Ladok.Kernel.Commands;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Domain;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Permissions.GraphQL;

public sealed class PermissionApplicationOrderFieldType : EnumerationGraphType<ApplicationOrderField>
{
    public PermissionApplicationOrderFieldType()
    {
        Name = "PermissionApplicationOrderField";
        Description = "What `permissionApplications` can be sorted on; the application breaks ties.";
        this.DescribeValues(new Dictionary<ApplicationOrderField, string>
        {
            [ApplicationOrderField.SubmittedAt] = "When it was submitted (the order without `orderBy`).",
            [ApplicationOrderField.Status] = "The status: PENDING, then APPROVED, then REJECTED.",
        });
    }
}

public sealed class PermissionApplicationStatusType : EnumerationGraphType<ApplicationStatus>
{
    public PermissionApplicationStatusType()
    {
        Name = "PermissionApplicationStatus";
        Description = "Where an application for a permission is: pending, approved, rejected or withdrawn.";
        this.DescribeValues(new Dictionary<ApplicationStatus, string>
        {
            [ApplicationStatus.Pending] = "Sent, waiting for a decision.",
            [ApplicationStatus.Approved] = "Approved; the permission was granted.",
            [ApplicationStatus.Rejected] = "Rejected; no permission was granted.",
            [ApplicationStatus.Withdrawn] = "Withdrawn by the applicant before it was decided.",
        });
    }
}

public sealed class CourseRightKindType : EnumerationGraphType<CourseRightKind>
{
    public CourseRightKindType()
    {
        Name = "CourseRightKind";
        Description = "REPORT: rapporteringsrätt (enter results); ATTEST: attesteringsrätt (decide on them).";
        this.DescribeValues(new Dictionary<CourseRightKind, string>
        {
            [CourseRightKind.Report] = "Rapporteringsrätt: enter results on the course.",
            [CourseRightKind.Attest] = "Attesteringsrätt: decide on (attest) results on the course.",
        });
    }
}

public sealed class UserType : ObjectGraphType<User>
{
    public UserType()
    {
        Name = "User";
        Description = "Användare: a member of staff, known by the university identity.";
        Field(u => u.UserId).Description("The university identity, for example the Umu-id.");
        Field(u => u.Name).Description("The user's name, as registered; the user id for an actor never recorded as a user (such as a seeder).");
        Field("organisationUnits", Links.ListOf("OrganisationUnit"))
            .Description("The units where the user holds an active permission (a grant), each once.")
            .Resolve(c => Loaders.UnitsOfUser(c, c.Source.UserId));
    }
}

public sealed class HistoryStepType : ObjectGraphType<HistoryStep>
{
    public HistoryStepType()
    {
        Name = "PermissionAuditEntry";
        Description = "One step in a permission's life: who did what, when and why.";
        Field(a => a.Action).Description("What happened to the permission or application at this step.");
        Field(a => a.Actor).Description("The user id of whoever did it.").DeprecationReason("Use actorUser.");
        Field<NonNullGraphType<UserType>>("actorUser").Description("Whoever did it.").Resolve(c => Loaders.User(c, c.Source.Actor));
        Field(a => a.At).Description("When it happened (ISO 8601).");
        Field(a => a.Reason, nullable: true).Description("The reason given, if any; null otherwise.");
    }
}

public sealed class PermissionProfileType : ObjectGraphType<PermissionProfile>
{
    public PermissionProfileType()
    {
        Name = "PermissionProfile";
        Description = "Behörighetsprofil: a role and the functions it allows.";
        Field(p => p.Code).Description("The profile's code, such as STUDY_ADMINISTRATOR.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name.").Resolve(c => c.Source.NameSv);
        Field(p => p.NameSv).Description("The Swedish name.");
        Field(p => p.NameEn).Description("The English name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("functions").Description("The policies it allows, such as catalogue.read.")
            .Resolve(c => c.Source.Functions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requiredTrainings")
            .Description("Codes of the trainings the university requires first.")
            .Resolve(c => c.RequestServices!.GetRequiredService<IPermissionPrerequisites>().RequiredTrainingCodes(c.Source.Code));
    }
}

public sealed class GrantType : NodeGraphType<Grant>
{
    public GrantType() : base("Grant", g => g.Id)
    {
        Description = "Användarbehörighet: a profile held at an organisation unit and the units below it.";
        Field(g => g.UserId).Description("The user id of who holds the permission.").DeprecationReason("Use user.");
        Field<NonNullGraphType<UserType>>("user").Description("Who holds the permission.").Resolve(c => Loaders.User(c, c.Source.UserId));
        Field(g => g.ProfileCode).Description("The permission profile, such as STUDY_ADMINISTRATOR; see permissionProfiles.")
            .DeprecationReason("Use profile.");
        Field<NonNullGraphType<PermissionProfileType>>("profile").Description("The permission profile held.")
            .Resolve(c => Loaders.Profile(c, c.Source.ProfileCode));
        Field(g => g.OrganisationUnitCode).Description("Where the permission holds, such as DV; it covers the units below it too.")
            .DeprecationReason("Use organisationUnit.");
        Field("organisationUnit", Links.Of("OrganisationUnit")).Description("Where the permission holds; it covers the units below it too.")
            .Resolve(c => Links.Load(c, "OrganisationUnit", c.Source.OrganisationUnitId));
        Field(g => g.ValidFrom).Description("The first day the permission holds (ISO 8601 date).");
        Field(g => g.ValidTo, nullable: true).Description("The last day it applies; null for until it is ended.");
        Field(g => g.GrantedBy).Description("The user id of who granted the permission.").DeprecationReason("Use grantedByUser.");
        Field<NonNullGraphType<UserType>>("grantedByUser").Description("Who granted the permission.")
            .Resolve(c => Loaders.User(c, c.Source.GrantedBy));
        Field(g => g.GrantedAt).Description("When the permission was granted (ISO 8601).");
        Field(g => g.EndedBy, nullable: true).Description("The user id of who ended the permission; null while it holds.")
            .DeprecationReason("Use endedByUser.");
        Field<UserType>("endedByUser").Description("Who ended the permission; null while it holds.").Resolve(c => Loaders.UserOrNull(c, c.Source.EndedBy));
        Field(g => g.EndedAt, nullable: true).Description("When the permission ended (ISO 8601); null while it holds.");
        Field(g => g.EndReason, nullable: true).Description("Why the permission was ended; null while it holds.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryStepType>>>>("history")
            .Description("Every step of the permission, oldest first.").Resolve(c => Loaders.History(c, c.Source.Id));
    }
}

public sealed class PermissionApplicationType : NodeGraphType<PermissionApplication>
{
    public PermissionApplicationType() : base("PermissionApplication", a => a.Id)
    {
        Description = "Ansökan om behörighet: decided by the prefekt of the unit or an administrator.";
        Field(a => a.UserId).Description("The user id of who applied.").DeprecationReason("Use applicant.");
        Field<NonNullGraphType<UserType>>("applicant").Description("Who applied.").Resolve(c => Loaders.User(c, c.Source.UserId));
        Field(a => a.ProfileCode).Description("The permission profile applied for, such as STUDY_ADMINISTRATOR.").DeprecationReason("Use profile.");
        Field<NonNullGraphType<PermissionProfileType>>("profile").Description("The permission profile applied for.")
            .Resolve(c => Loaders.Profile(c, c.Source.ProfileCode));
        Field(a => a.OrganisationUnitCode).Description("Where the permission is to hold, such as DV.").DeprecationReason("Use organisationUnit.");
        Field("organisationUnit", Links.Of("OrganisationUnit")).Description("Where the permission is to hold.")
            .Resolve(c => Links.Load(c, "OrganisationUnit", c.Source.OrganisationUnitId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSummaryType>>>>("completedTrainings")
            .Description("The trainings the profile requires that the applicant has completed and that count today, as approval checks them.")
            .ResolveAsync(async c => (await Trainings(c)).Where(r => r.Completed).Select(Summary));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSummaryType>>>>("missingTrainings")
            .Description("The trainings the profile requires that the applicant lacks today: approving now would be refused while any is listed.")
            .ResolveAsync(async c => (await Trainings(c)).Where(r => !r.Completed).Select(Summary));
        Field(a => a.Motivation).Description("Why the applicant needs the permission.");
        Field<NonNullGraphType<PermissionApplicationStatusType>>("status").Description("Pending, approved or rejected.").Resolve(c => c.Source.Status);
        Field(a => a.SubmittedAt).Description("When the application was sent (ISO 8601).");
        Field(a => a.DecidedBy, nullable: true).Description("The user id of who decided; null while pending.").DeprecationReason("Use decidedByUser.");
        Field<UserType>("decidedByUser").Description("Who decided; null while pending.").Resolve(c => Loaders.UserOrNull(c, c.Source.DecidedBy));
        Field(a => a.DecidedAt, nullable: true).Description("When it was decided (ISO 8601); null while pending.");
        Field(a => a.DecisionReason, nullable: true).Description("The reason given with the decision; null while pending or when none was given.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryStepType>>>>("history")
            .Description("Every step of the application, oldest first.").Resolve(c => Loaders.History(c, c.Source.Id));
    }

    private static Task<IReadOnlyList<RequiredTraining>> Trainings(global::GraphQL.IResolveFieldContext<PermissionApplication> context) =>
        context.RequestServices!.GetRequiredService<RequiredTrainings>().OfAsync(context.Source.UserId, context.Source.ProfileCode,
            DateOnly.FromDateTime(context.RequestServices!.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime), context.CancellationToken);

    // A code the Training module does not know is still required; it shows by its code.
    private static TrainingInfo Summary(RequiredTraining required) =>
        required.Training ?? new TrainingInfo(Guid.Empty, required.Code, required.Code, required.Code, null, null);
}

public sealed class CourseRightType : NodeGraphType<CourseRight>
{
    public CourseRightType() : base("CourseRight", r => r.Id)
    {
        Description = "Rapporterings- eller attesteringsrätt on one course.";
        Field(r => r.UserId).Description("The user id of who holds the right.").DeprecationReason("Use user.");
        Field<NonNullGraphType<UserType>>("user").Description("Who holds the right.").Resolve(c => Loaders.User(c, c.Source.UserId));
        Field<NonNullGraphType<CourseRightKindType>>("kind").Description("REPORT or ATTEST results on the course.").Resolve(c => c.Source.Kind);
        Field(r => r.CourseCode).Description("The course's code, such as 5DV001.").DeprecationReason("Use course.");
        Field("course", Links.Of("Course")).Description("The course the right is on.").Resolve(c => Links.Load(c, "Course", c.Source.CourseId));
        Field(r => r.GrantedBy).Description("The user id of who granted the right.").DeprecationReason("Use grantedByUser.");
        Field<NonNullGraphType<UserType>>("grantedByUser").Description("Who granted the right.").Resolve(c => Loaders.User(c, c.Source.GrantedBy));
        Field(r => r.GrantedAt).Description("When the right was granted (ISO 8601).");
    }
}

public sealed class TrainingSummaryType : ObjectGraphType<TrainingInfo>
{
    public TrainingSummaryType()
    {
        Name = "TrainingSummary";
        Description = "A staff training as the Permissions module refers to it.";
        Field(t => t.Code).Description("The training's code.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name.").Resolve(c => c.Source.NameSv);
        Field(t => t.ProfileCode, nullable: true).Description("The permission profile the training is required for; null when it is required for none.")
            .DeprecationReason("Use profile.");
        Field<PermissionProfileType>("profile").Description("The permission profile the training prepares for; null for general training.")
            .Resolve(c => c.Source.ProfileCode is { } code ? Loaders.Profile(c, code) : null);
        Field("training", Links.Of("Training", nullable: true))
            .Description("The training itself, with its sessions to book a seat in (`enrolInTraining`); null if it is no longer offered.")
            .Resolve(c => Links.Load(c, "Training", c.Source.Code));
    }
}

public sealed class MissingTrainingType : ObjectGraphType<MissingTraining>
{
    public MissingTrainingType()
    {
        Name = "MissingTraining";
        Description = "A training you have not completed, and the permission profiles it would let you be granted.";
        Field<NonNullGraphType<TrainingSummaryType>>("training").Description("The training you have not completed.").Resolve(c => c.Source.Training);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("unlocks")
            .Description("The codes of the permission profiles it would let you be granted.").Resolve(c => c.Source.Unlocks)
            .DeprecationReason("Use unlockedProfiles.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionProfileType>>>>("unlockedProfiles")
            .Description("The permission profiles it would let you be granted.").Resolve(c => Loaders.Profiles(c, c.Source.Unlocks));
    }
}

/// <summary>The caller, and their trainings read once for both training fields of <c>me</c>.</summary>
public sealed class Viewer(Caller caller, PermissionsReader reader, CancellationToken cancellationToken)
{
    public Caller Caller => caller;

    public Lazy<Task<(IReadOnlyList<TrainingInfo> Completed, IReadOnlyList<MissingTraining> Missing)>> Trainings { get; } =
        new(() => reader.TrainingsAsync(caller.UserId, cancellationToken));
}

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "You, the signed-in caller: your permissions, course rights, applications and trainings.";
        Field<NonNullGraphType<UserType>>("user")
            .Description("Your user: id and name.").ResolveAsync(async c => await Reader(c).UserAsync(c.Source.Caller, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GrantType>>>>("grants").Description("Your active permissions.")
            .ResolveAsync(async c => await Reader(c).ActiveGrantsAsync(c.Source.Caller.UserId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseRightType>>>>("courseRights")
            .Description("Your rights to report or attest results on single courses.")
            .ResolveAsync(async c => await Reader(c).CourseRightsAsync(c.Source.Caller.UserId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionApplicationType>>>>("applications").Description("Your applications, newest first.")
            .ResolveAsync(async c => await Reader(c).ApplicationsOfAsync(c.Source.Caller.UserId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSummaryType>>>>("completedTrainings")
            .Description("The staff trainings you have completed.")
            .ResolveAsync(async c => (await c.Source.Trainings.Value).Completed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingTrainingType>>>>("missingTrainings")
            .Description("Trainings you lack that some permission requires, with what each would unlock.")
            .ResolveAsync(async c => (await c.Source.Trainings.Value).Missing);
        Field<NonNullGraphType<WorkQueuesType>>("workQueues")
            .Description("How many things wait for you in each work queue (drafts, results to attest, applications to decide, …), for a start page.")
            .Resolve(c => c.Source);
    }

    private static PermissionsReader Reader(global::GraphQL.IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PermissionsReader>();
}
