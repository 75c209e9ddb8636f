using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Modules;
using Ladok.Modules.Catalogue.Application;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Catalogue.Data;
using Ladok.Modules.Catalogue.GraphQL;
using Ladok.Modules.Catalogue.Seeding;

namespace Ladok.Modules.Catalogue;

/// <summary>
/// Utbildningsinformation: organisation tree, grading scales, courses with versions and
/// modules, offerings and programmes.
/// </summary>
public sealed class CatalogueModule : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterModuleDatabase<CatalogueDbContext>(CatalogueDbContext.Schema, LocalGradingScales.SyncAsync);
        builder.RegisterOutbox<CatalogueDbContext>();

        builder.RegisterType<CatalogueReader>().AsSelf().SingleInstance();
        builder.RegisterType<CatalogueFacade>().As<ICatalogueQueries>().SingleInstance();
        builder.RegisterCommandHandler<CreateCourseHandler>();
        builder.RegisterCommandHandler<CreateCourseVersionHandler>();
        builder.RegisterCommandHandler<CreateOfferingHandler>();
        builder.RegisterCommandHandler<UpdateOfferingHandler>();
        builder.RegisterCommandHandler<ChangeCourseFundingHandler>();
        builder.RegisterCommandHandler<ChangeCourseSubjectGroupHandler>();
        builder.RegisterType<CatalogueDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();

        builder.RegisterType<CatalogueQueryContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<CatalogueMutationContributor>().As<ISchemaContributor>().SingleInstance();
        RegisterNodes(builder);
    }

    private static void RegisterNodes(ContainerBuilder builder)
    {
        void Node(string typeName, Func<CatalogueReader, Guid, CancellationToken, Task<object?>> resolve) =>
            builder.Register(c =>
                {
                    var reader = c.Resolve<CatalogueReader>();
                    return new NodeResolver(typeName, CataloguePolicies.Read, (id, _, ct) => resolve(reader, id, ct));
                })
                .As<INodeResolver>()
                .SingleInstance();

        Node("Course", async (r, id, ct) => (await r.CoursesByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("CourseVersion", async (r, id, ct) => (await r.CourseVersionsByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("CourseOffering", async (r, id, ct) => (await r.OfferingsByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("OrganisationUnit", async (r, id, ct) => (await r.OrganisationUnitsByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("Programme", async (r, id, ct) => (await r.ProgrammesByIdsAsync([id], ct)).GetValueOrDefault(id));
    }
}
