using Autofac;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Modules;
using Ladok.Modules.Records.Application;
using Ladok.Modules.Records.Application.Results;
using Ladok.Modules.Records.Application.Sittings;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Records.Data;
using Ladok.Modules.Records.GraphQL;
using Ladok.Modules.Records.Seeding;
using Ladok.Plugins.Sdk;

namespace Ladok.Modules.Records;

/// <summary>
/// Studiedokumentation: students, their registrations on course offerings and their results
/// through the result workflow.
/// </summary>
public sealed class RecordsModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterModuleDatabase<RecordsDbContext>(RecordsDbContext.Schema);
        builder.RegisterOutbox<RecordsDbContext>();

        builder.RegisterType<RecordsReader>().AsSelf().SingleInstance();
        builder.RegisterType<AuditTrailReader>().AsSelf().SingleInstance();
        builder.RegisterType<RecordsFacade>().As<IRecordsQueries>().SingleInstance();
        builder.RegisterType<StudentSignIn>().As<IStudentSignIn>().SingleInstance();
        builder.RegisterCommandHandler<CreateStudentHandler>();
        builder.RegisterCommandHandler<ChangeIdentityNumberHandler>();
        builder.RegisterCommandHandler<RegisterStudentHandler>();
        builder.RegisterCommandHandler<RecordStudyBreakHandler>();
        builder.RegisterCommandHandler<RecordProgrammeStudyBreakHandler>();
        builder.RegisterCommandHandler<RecordDropoutHandler>();
        builder.RegisterCommandHandler<RemoveRegistrationHandler>();
        builder.RegisterCommandHandler<RegisterOnProgrammeHandler>();
        builder.RegisterCommandHandler<RecordFeePayingHandler>();
        builder.RegisterCommandHandler<RecordFeePaymentHandler>();
        builder.RegisterCommandHandler<RecordSuspensionHandler>();
        // A student's own: IAdmissionStandings comes from the Admissions module, the rules and the withdrawal period from the host.
        builder.RegisterCommandHandler<RegisterMyselfHandler>();
        builder.RegisterCommandHandler<WithdrawMyselfHandler>();
        builder.RegisterType<RegistrationObstacleRules>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<RegistrationAnnouncements>().AsSelf().SingleInstance();
        // Lookups the handlers share; the locks and results read through the command's unit of work.
        builder.RegisterType<Registrars>().AsSelf().SingleInstance();
        builder.RegisterType<RegistrationLocks>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<RegistrarsRegistrations>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<RegistrarsProgrammeRegistrations>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ResultsOnOffering>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ParticipationStates>().AsSelf().SingleInstance();
        // The rules themselves come from the host, which registers the plugins' PluginExtensions<IReRegistrationRule>.
        builder.RegisterType<ReRegistrationRules>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<RecordsReadScope>().AsSelf().InstancePerLifetimeScope();
        RegisterResultWorkflow(builder);
        RegisterExamSittings(builder);
        builder.RegisterType<RecordsDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();

        builder.RegisterType<RecordsQueryContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<RecordsMutationContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<ResultMutationContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<BreaksMutationContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<FeePayingMutationContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<SelfRegistrationMutationContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<ParticipantsExtension>().As<INodeTypeExtension>().SingleInstance();
        builder.RegisterType<MeStudentExtension>().As<INodeTypeExtension>().SingleInstance();
        foreach (var queue in ResultWorkQueues.All) builder.RegisterInstance(queue).As<IWorkQueueCounter>();
        RegisterNodes(builder);
    }

    private static void RegisterResultWorkflow(ContainerBuilder builder)
    {
        builder.RegisterType<ResultTargets>().AsSelf().SingleInstance();
        builder.RegisterType<CourseRights>().AsSelf().SingleInstance();
        // The host registers the university's choice from its plugins; without one the course's attesting right decides.
        builder.RegisterInstance(CreditTransferAttestation.Default).PreserveExistingDefaults();
        builder.RegisterType<ResultsAwaitingAttestation>().AsSelf().SingleInstance();
        builder.RegisterType<ResultList>().AsSelf().SingleInstance();
        // The rules themselves come from the host, which registers the plugins' PluginExtensions<IResultRule>.
        builder.RegisterType<ResultRules>().AsSelf().SingleInstance();
        builder.RegisterType<ResultChanges>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterCommandHandler<ReportResultHandler>();
        builder.RegisterCommandHandler<EditResultHandler>();
        builder.RegisterCommandHandler<DeleteResultHandler>();
        builder.RegisterCommandHandler<ReportResultsHandler>();
        builder.RegisterCommandHandler<MarkResultsReadyHandler>();
        builder.RegisterCommandHandler<ReturnResultsToDraftHandler>();
        builder.RegisterCommandHandler<AttestResultsHandler>();
        builder.RegisterCommandHandler<RejectResultsHandler>();
        builder.RegisterCommandHandler<RequestResultRemovalHandler>();
        builder.RegisterCommandHandler<AttestResultRemovalHandler>();
        builder.RegisterCommandHandler<RecordCreditTransferHandler>();
    }

    private static void RegisterExamSittings(ContainerBuilder builder)
    {
        builder.RegisterType<ExamSittingLock>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<ExamSittingPlanners>().AsSelf().SingleInstance();
        builder.RegisterType<ExamSittingReader>().AsSelf().SingleInstance();
        builder.RegisterType<ExamSittingAccess>().AsSelf().SingleInstance();
        builder.RegisterCommandHandler<CreateExamSittingHandler>();
        builder.RegisterCommandHandler<ChangeExamSittingHandler>();
        builder.RegisterCommandHandler<CancelExamSittingHandler>();
        builder.RegisterCommandHandler<SignUpForExamSittingHandler>();
        builder.RegisterCommandHandler<CancelExamSittingSignUpHandler>();
        builder.RegisterType<SittingSchemaContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<ExamSittingDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();
        builder.Register(c =>
            {
                var reader = c.Resolve<ExamSittingReader>();
                return new NodeResolver("ExamSitting", Policies.SignedIn, async (id, _, ct) => await reader.SittingAsync(id, ct));
            })
            .As<INodeResolver>()
            .SingleInstance();
    }

    private static void RegisterNodes(ContainerBuilder builder)
    {
        void Node(
            string typeName, Func<RecordsReader, IPermissionQueries, Guid, System.Security.Claims.ClaimsPrincipal, CancellationToken, Task<object?>> resolve) =>
            builder.Register(c =>
                {
                    var reader = c.Resolve<RecordsReader>();
                    var permissions = c.Resolve<IPermissionQueries>();
                    return new NodeResolver(typeName, RecordsPolicies.Read, (id, caller, ct) => resolve(reader, permissions, id, caller, ct));
                })
                .As<INodeResolver>()
                .SingleInstance();

        Node("Student", async (r, _, id, _, ct) => (await r.StudentsByIdsAsync([id], ct)).GetValueOrDefault(id));
        // Other modules link to a student by the id they keep (an admission's student), read as node(id:) reads one.
        builder.Register(c =>
            {
                var reader = c.Resolve<RecordsReader>();
                return new LinkTarget<Guid>("Student", async (ids, ct) =>
                    (await reader.StudentsByIdsAsync(ids, ct)).ToDictionary(p => p.Key, p => (object)p.Value));
            })
            .As<ILinkTarget<Guid>>()
            .SingleInstance();
        Node("Registration", async (r, permissions, id, caller, ct) =>
            (await r.RegistrationsByIdsAsync([id], ct)).GetValueOrDefault(id) is { } registration
            && await new RecordsReadScope(permissions).MayReadAsync(registration.DepartmentId, caller, ct)
                ? registration
                : null);
        Node("ProgrammeRegistration", async (r, permissions, id, caller, ct) =>
            (await r.ProgrammeRegistrationsByIdsAsync([id], ct)).GetValueOrDefault(id) is { } registration
            && await new RecordsReadScope(permissions).MayReadAsync(registration.DepartmentId, caller, ct)
                ? registration
                : null);
        Node("Result", async (r, permissions, id, caller, ct) =>
            (await r.ResultsByIdsAsync([id], ct)).GetValueOrDefault(id) is { } result
            && await new RecordsReadScope(permissions).MayReadAsync(result.DepartmentId, caller, ct)
                ? result
                : null);
    }
}
