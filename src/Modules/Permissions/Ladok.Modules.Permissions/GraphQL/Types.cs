using GraphQL.Types;
using Ladok.Kernel.Commands;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Domain;
using Ladok.Modules.Training.Contracts;
using Ladok.Plugins.Sdk;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Permissions.GraphQL;

public sealed class PermissionApplicationStatusType : EnumerationGraphType<ApplicationStatus>
{
    public PermissionApplicationStatusType() => Name = "PermissionApplicationStatus";
}

public sealed class CourseRightKindType : EnumerationGraphType<CourseRightKind>
{
    public CourseRightKindType()
    {
        Name = "CourseRightKind";
        Description = "REPORT: rapporteringsrätt (enter results); ATTEST: attesteringsrätt (decide on them).";
    }
}

public sealed class UserType : ObjectGraphType<User>
{
    public UserType()
    {
        Name = "User";
        Description = "Användare: a member of staff, known by the university identity.";
        Field(u => u.UserId).Description("The university identity, for example the Umu-id.");
        Field(u => u.Name);
    }
}

public sealed class HistoryStepType : ObjectGraphType<HistoryStep>
{
    public HistoryStepType()
    {
        Name = "PermissionAuditEntry";
        Description = "One step in a permission's life: who did what, when and why.";
        Field(a => a.Action);
        Field(a => a.Actor).Description("The user id of whoever did it.");
        Field(a => a.At);
        Field(a => a.Reason, nullable: true);
    }
}

public sealed class PermissionProfileType : ObjectGraphType<PermissionProfile>
{
    public PermissionProfileType()
    {
        Name = "PermissionProfile";
        Description = "Behörighetsprofil: a role and the functions it allows.";
        Field(p => p.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The Swedish name.").Resolve(c => c.Source.NameSv);
        Field(p => p.NameSv);
        Field(p => p.NameEn);
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
        Field(g => g.UserId);
        Field(g => g.ProfileCode);
        Field(g => g.OrganisationUnitCode);
        Field(g => g.ValidFrom);
        Field(g => g.ValidTo, nullable: true).Description("The last day it applies; null for until it is ended.");
        Field(g => g.GrantedBy);
        Field(g => g.GrantedAt);
        Field(g => g.EndedBy, nullable: true);
        Field(g => g.EndedAt, nullable: true);
        Field(g => g.EndReason, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryStepType>>>>("history").Resolve(c => Loaders.History(c, c.Source.Id));
    }
}

public sealed class PermissionApplicationType : NodeGraphType<PermissionApplication>
{
    public PermissionApplicationType() : base("PermissionApplication", a => a.Id)
    {
        Description = "Ansökan om behörighet: decided by the prefekt of the unit or an administrator.";
        Field(a => a.UserId);
        Field(a => a.ProfileCode);
        Field(a => a.OrganisationUnitCode);
        Field(a => a.Motivation);
        Field<NonNullGraphType<PermissionApplicationStatusType>>("status").Resolve(c => c.Source.Status);
        Field(a => a.SubmittedAt);
        Field(a => a.DecidedBy, nullable: true);
        Field(a => a.DecidedAt, nullable: true);
        Field(a => a.DecisionReason, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryStepType>>>>("history").Resolve(c => Loaders.History(c, c.Source.Id));
    }
}

public sealed class CourseRightType : NodeGraphType<CourseRight>
{
    public CourseRightType() : base("CourseRight", r => r.Id)
    {
        Description = "Rapporterings- eller attesteringsrätt on one course.";
        Field(r => r.UserId);
        Field<NonNullGraphType<CourseRightKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(r => r.CourseCode);
        Field(r => r.GrantedBy);
        Field(r => r.GrantedAt);
    }
}

public sealed class TrainingSummaryType : ObjectGraphType<TrainingInfo>
{
    public TrainingSummaryType()
    {
        Name = "TrainingSummary";
        Description = "A staff training as the Permissions module refers to it.";
        Field(t => t.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.NameSv);
        Field(t => t.ProfileCode, nullable: true);
    }
}

public sealed class MissingTrainingType : ObjectGraphType<MissingTraining>
{
    public MissingTrainingType()
    {
        Name = "MissingTraining";
        Description = "A training you have not completed, and the permission profiles it would let you be granted.";
        Field<NonNullGraphType<TrainingSummaryType>>("training").Resolve(c => c.Source.Training);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("unlocks").Resolve(c => c.Source.Unlocks);
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
        Field<NonNullGraphType<UserType>>("user").ResolveAsync(async c => await Reader(c).UserAsync(c.Source.Caller, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GrantType>>>>("grants").Description("Your active permissions.")
            .ResolveAsync(async c => await Reader(c).ActiveGrantsAsync(c.Source.Caller.UserId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CourseRightType>>>>("courseRights")
            .ResolveAsync(async c => await Reader(c).CourseRightsAsync(c.Source.Caller.UserId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PermissionApplicationType>>>>("applications").Description("Your applications, newest first.")
            .ResolveAsync(async c => await Reader(c).ApplicationsOfAsync(c.Source.Caller.UserId, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSummaryType>>>>("completedTrainings")
            .ResolveAsync(async c => (await c.Source.Trainings.Value).Completed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingTrainingType>>>>("missingTrainings")
            .Description("Trainings you lack that some permission requires, with what each would unlock.")
            .ResolveAsync(async c => (await c.Source.Trainings.Value).Missing);
    }

    private static PermissionsReader Reader(global::GraphQL.IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PermissionsReader>();
}
