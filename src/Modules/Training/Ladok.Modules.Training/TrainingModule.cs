using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Modules;
using Ladok.Modules.Training.Application;
using Ladok.Modules.Training.Contracts;
using Ladok.Modules.Training.Data;
using Ladok.Modules.Training.GraphQL;
using Ladok.Modules.Training.Seeding;

namespace Ladok.Modules.Training;

/// <summary>
/// Utbildningar för behörigheter: staff training per permission profile, its sessions,
/// enrolments and recorded completions.
/// </summary>
public sealed class TrainingModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterModuleDatabase<TrainingDbContext>(TrainingDbContext.Schema);

        builder.RegisterType<TrainingReader>().AsSelf().SingleInstance();
        builder.RegisterType<TrainingFacade>().As<ITrainingQueries>().SingleInstance();
        builder.RegisterCommandHandler<ScheduleTrainingSessionHandler>();
        builder.RegisterCommandHandler<EnrolInTrainingHandler>();
        builder.RegisterCommandHandler<CancelTrainingSeatHandler>();
        builder.RegisterCommandHandler<RecordTrainingCompletionHandler>();
        builder.RegisterType<TrainingDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();

        builder.RegisterType<TrainingQueryContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<TrainingMutationContributor>().As<ISchemaContributor>().SingleInstance();
        RegisterNodes(builder);

        // Other modules keep training codes (the Permissions module's required trainings); this gives them the Training behind each.
        builder.Register(c =>
            {
                var reader = c.Resolve<TrainingReader>();
                return new LinkTarget<string>("Training", async (codes, ct) =>
                    (await reader.TrainingsByCodesAsync(codes, ct)).ToDictionary(t => t.Key, t => (object)t.Value));
            })
            .As<ILinkTarget<string>>()
            .SingleInstance();
    }

    private static void RegisterNodes(ContainerBuilder builder)
    {
        void Node(string typeName, Func<TrainingReader, Guid, CancellationToken, Task<object?>> resolve) =>
            builder.Register(c =>
                {
                    var reader = c.Resolve<TrainingReader>();
                    return new NodeResolver(typeName, Policies.SignedIn, (id, _, ct) => resolve(reader, id, ct));
                })
                .As<INodeResolver>()
                .SingleInstance();

        Node("Training", async (r, id, ct) => (await r.TrainingsByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("TrainingSession", async (r, id, ct) => (await r.SessionsByIdsAsync([id], ct)).GetValueOrDefault(id));
    }
}
