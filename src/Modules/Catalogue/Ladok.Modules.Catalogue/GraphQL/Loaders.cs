using GraphQL;
using GraphQL.DataLoader;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Modules.Catalogue.Application;
using Ladok.Modules.Catalogue.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Catalogue.GraphQL;

/// <summary>The Catalogue's batch loaders: each turns the fields of one query level into one SQL query.</summary>
internal static class Loaders
{
    public static IDataLoaderResult<OrganisationUnit?> OrganisationUnit(IResolveFieldContext context, Guid id) =>
        Batch<OrganisationUnit>(context, "catalogue.unit", (r, ids, ct) => r.OrganisationUnitsByIdsAsync(ids, ct)).Load(id);

    public static IDataLoaderResult<GradingScale?> GradingScale(IResolveFieldContext context, Guid id) =>
        Batch<GradingScale>(context, "catalogue.scale", (r, ids, ct) => r.GradingScalesByIdsAsync(ids, ct)).Load(id);

    public static IDataLoaderResult<Course?> Course(IResolveFieldContext context, Guid id) =>
        Batch<Course>(context, "catalogue.course", (r, ids, ct) => r.CoursesByIdsAsync(ids, ct)).Load(id);

    public static IDataLoaderResult<CourseVersion?> CourseVersion(IResolveFieldContext context, Guid id) =>
        Batch<CourseVersion>(context, "catalogue.version", (r, ids, ct) => r.CourseVersionsByIdsAsync(ids, ct)).Load(id);

    public static IDataLoaderResult<List<CourseVersion>?> VersionsOfCourse(IResolveFieldContext context, Guid courseId) =>
        Batch<List<CourseVersion>>(context, "catalogue.versionsOfCourse", (r, ids, ct) => r.VersionsByCourseIdsAsync(ids, ct)).Load(courseId);

    public static IDataLoaderResult<List<Offering>?> OfferingsOfVersion(IResolveFieldContext context, Guid versionId) =>
        Batch<List<Offering>>(context, "catalogue.offeringsOfVersion", (r, ids, ct) => r.OfferingsByVersionIdsAsync(ids, ct)).Load(versionId);

    private static BatchLoader<Guid, T> Batch<T>(
        IResolveFieldContext context, string name,
        Func<CatalogueReader, IReadOnlyCollection<Guid>, CancellationToken, Task<IReadOnlyDictionary<Guid, T>>> fetch)
    {
        var services = context.RequestServices!;
        var reader = services.GetRequiredService<CatalogueReader>();
        return services.GetRequiredService<BatchLoaderContext>().Get<Guid, T>(name, (ids, ct) => fetch(reader, ids, ct));
    }
}
