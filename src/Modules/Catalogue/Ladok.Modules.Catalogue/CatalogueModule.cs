using Autofac;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
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
        builder.RegisterCommandHandler<SetRegistrationWindowHandler>();
        builder.RegisterCommandHandler<ChangeCourseFundingHandler>();
        builder.RegisterCommandHandler<ChangeCourseSubjectGroupHandler>();
        builder.RegisterType<CatalogueDemoSeeder>().As<IDemoDataSeeder>().SingleInstance();

        builder.RegisterType<CatalogueQueryContributor>().As<ISchemaContributor>().SingleInstance();
        builder.RegisterType<CatalogueMutationContributor>().As<ISchemaContributor>().SingleInstance();
        RegisterNodes(builder);
        RegisterLinks(builder);
    }

    private static void RegisterNodes(ContainerBuilder builder)
    {
        void Node(string typeName, Func<CatalogueReader, Guid, CancellationToken, Task<object?>> resolve, string policy = CataloguePolicies.Read) =>
            builder.Register(c =>
                {
                    var reader = c.Resolve<CatalogueReader>();
                    return new NodeResolver(typeName, policy, (id, _, ct) => resolve(reader, id, ct));
                })
                .As<INodeResolver>()
                .SingleInstance();

        Node("Course", async (r, id, ct) => (await r.CoursesByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("CourseVersion", async (r, id, ct) => (await r.CourseVersionsByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("CourseOffering", async (r, id, ct) => (await r.OfferingsByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("OrganisationUnit", async (r, id, ct) => (await r.OrganisationUnitsByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("Programme", async (r, id, ct) => (await r.ProgrammesByIdsAsync([id], ct)).GetValueOrDefault(id));
        Node("CourseModule", async (r, id, ct) => (await r.ModulesByIdsAsync([id], ct)).GetValueOrDefault(id));
        // Grading scales are public, as `gradingScales` is.
        Node("GradingScale", async (r, id, ct) => (await r.GradingScalesByIdsAsync([id], ct)).GetValueOrDefault(id), Policies.Public);
        Node("Grade", async (r, id, ct) => (await r.GradesByIdsAsync([id], ct)).GetValueOrDefault(id), Policies.Public);
    }

    // What other modules link to by the ids and codes they keep: Records' offerings, courses and modules, Permissions' units.
    private static void RegisterLinks(ContainerBuilder builder)
    {
        void Link<TKey>(string typeName, Func<CatalogueReader, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, object>>> load)
            where TKey : notnull =>
            builder.Register(c =>
                {
                    var reader = c.Resolve<CatalogueReader>();
                    return new LinkTarget<TKey>(typeName, (keys, ct) => load(reader, keys, ct));
                })
                .As<ILinkTarget<TKey>>()
                .SingleInstance();

        static IReadOnlyDictionary<TKey, object> Objects<TKey, T>(IReadOnlyDictionary<TKey, T> found) where TKey : notnull where T : class =>
            found.ToDictionary(p => p.Key, p => (object)p.Value);

        Link<Guid>("CourseOffering", async (r, ids, ct) => Objects(await r.OfferingsByIdsAsync(ids, ct)));
        Link<Guid>("Course", async (r, ids, ct) => Objects(await r.CoursesByIdsAsync(ids, ct)));
        Link<Guid>("CourseModule", async (r, ids, ct) => Objects(await r.ModulesByIdsAsync(ids, ct)));
        Link<Guid>("OrganisationUnit", async (r, ids, ct) => Objects(await r.OrganisationUnitsByIdsAsync(ids, ct)));
        Link<Guid>("Programme", async (r, ids, ct) => Objects(await r.ProgrammesByIdsAsync(ids, ct)));
        Link<string>("Course", async (r, codes, ct) => Objects(await r.CoursesByCodesAsync(codes, ct)));
        Link<string>("OrganisationUnit", async (r, codes, ct) => Objects(await r.OrganisationUnitsByCodesAsync(codes, ct)));
    }
}
