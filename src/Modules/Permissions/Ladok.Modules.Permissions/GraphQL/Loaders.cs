using System.Globalization;
using GraphQL;
using GraphQL.DataLoader;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Permissions.Application;
using Ladok.Modules.Permissions.Contracts;
using Ladok.Modules.Permissions.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Modules.Permissions.GraphQL;

internal static class Loaders
{
    // Names sort as a Swedish reader expects: Å, Ä, Ö after Z.
    private static readonly StringComparer SwedishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("sv-SE"), ignoreCase: false);

    public static IDataLoaderResult<IEnumerable<HistoryStep>> History(IResolveFieldContext context, Guid subjectId) =>
        Batch<Guid, List<HistoryStep>>(context, "permissions.history", (r, ids, ct) => r.HistoryAsync(ids, ct))
            .Load(subjectId)
            .Then(entries => (IEnumerable<HistoryStep>?)entries ?? []);

    /// <summary>The user with this user id (see <see cref="PermissionsModule"/>'s link target), never null.</summary>
    public static IDataLoaderResult<object?> User(IResolveFieldContext context, string userId) => Links.Load(context, "User", userId);

    public static IDataLoaderResult<object?>? UserOrNull(IResolveFieldContext context, string? userId) => userId is null ? null : User(context, userId);

    public static IDataLoaderResult<PermissionProfile?> Profile(IResolveFieldContext context, string code) =>
        Batch<string, PermissionProfile>(context, "permissions.profile", (r, codes, ct) => r.ProfilesByCodesAsync(codes, ct)).Load(code);

    public static IDataLoaderResult<IEnumerable<PermissionProfile>> Profiles(IResolveFieldContext context, IEnumerable<string> codes) =>
        DeferredResults.All(codes.Select(code => Profile(context, code))).Then(profiles => (IEnumerable<PermissionProfile>)profiles);

    /// <summary>The units where the user holds an active grant: the Catalogue's <c>OrganisationUnit</c>s, each once.</summary>
    public static IDataLoaderResult<IDataLoaderResult<IReadOnlyList<object>>> UnitsOfUser(IResolveFieldContext context, string userId) =>
        Batch<string, List<Guid>>(context, "permissions.unitsOfUser", (r, ids, ct) => r.UnitsOfUsersAsync(ids, ct))
            .Load(userId)
            .Then(units => Links.LoadAll(context, "OrganisationUnit", units ?? []));

    public static IDataLoaderResult<IEnumerable<Grant>> GrantsAtUnit(IResolveFieldContext context, Guid unitId) =>
        Batch<Guid, List<Grant>>(context, "permissions.grantsAtUnit", (r, ids, ct) => r.GrantsAtUnitsAsync(ids, ct))
            .Load(unitId)
            .Then(grants => (IEnumerable<Grant>?)grants ?? []);

    /// <summary>
    /// The holders of an attesting right on the offering's course, as users by name: the offering's course from the Catalogue, the
    /// holders, then the users, each one read for all the offerings of a level.
    /// </summary>
    public static IDataLoaderResult<object> ExaminersOfOffering(IResolveFieldContext context, Guid offeringId)
    {
        var services = context.RequestServices!;
        var catalogue = services.GetRequiredService<ICatalogueQueries>();
        return services.GetRequiredService<BatchLoaderContext>()
            .Get<Guid, OfferingInfo>("permissions.offering", catalogue.GetOfferingsAsync)
            .Load(offeringId)
            .Then(offering => (object)Batch<Guid, List<string>>(
                    context, "permissions.examiners", (r, ids, ct) => r.HoldersOfCourseRightAsync(ids, CourseRightKind.Attest, ct))
                .Load(offering?.CourseId ?? Guid.Empty)
                .Then(holders => Links.LoadAll(context, "User", holders ?? [])
                    .Then(users => users.Cast<User>().OrderBy(u => u.Name, SwedishOrder).ThenBy(u => u.UserId, StringComparer.Ordinal).ToList())));
    }

    private static BatchLoader<TKey, T> Batch<TKey, T>(
        IResolveFieldContext context, string name,
        Func<PermissionsReader, IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, T>>> fetch) where TKey : notnull
    {
        var services = context.RequestServices!;
        var reader = services.GetRequiredService<PermissionsReader>();
        return services.GetRequiredService<BatchLoaderContext>().Get<TKey, T>(name, (keys, ct) => fetch(reader, keys, ct));
    }
}
