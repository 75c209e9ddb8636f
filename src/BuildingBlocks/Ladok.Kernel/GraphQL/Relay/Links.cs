using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Ladok.Kernel.GraphQL.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>
/// Loads the objects of one graph type by a key other modules hold (an id, a code, a user id), so a
/// module can link to another module's type, knowing only its name: Records' <c>Registration.offering</c>
/// is the Catalogue's <c>CourseOffering</c>. The owning module registers one per type and kind of key
/// as <see cref="ILinkTarget{TKey}"/>; a key with nothing behind it is left out of the answer.
/// </summary>
public interface ILinkTarget<TKey> where TKey : notnull
{
    /// <summary>The GraphQL name of the type the objects are of, such as <c>CourseOffering</c>.</summary>
    string TypeName { get; }

    /// <summary>The objects for the keys, in one read.</summary>
    Task<IReadOnlyDictionary<TKey, object>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken);
}

/// <summary>An <see cref="ILinkTarget{TKey}"/> made from a function.</summary>
public sealed class LinkTarget<TKey>(string typeName, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, object>>> load)
    : ILinkTarget<TKey> where TKey : notnull
{
    public string TypeName => typeName;

    public Task<IReadOnlyDictionary<TKey, object>> LoadAsync(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken) =>
        load(keys, cancellationToken);
}

/// <summary>Fields that link to another module's type by name, batch-loaded: one read per type and level of the query.</summary>
public static class Links
{
    /// <summary>The type named <paramref name="typeName"/>, as a field's type (a reference the schema resolves by name).</summary>
    public static IGraphType Of(string typeName, bool nullable = false) =>
        nullable ? new GraphQLTypeReference(typeName) : new NonNullGraphType(new GraphQLTypeReference(typeName));

    /// <summary>A list of the type named <paramref name="typeName"/>: <c>[T!]!</c>.</summary>
    public static IGraphType ListOf(string typeName) =>
        new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference(typeName))));

    /// <summary>The object of <paramref name="typeName"/> with this key, deferred until the level's keys are collected.</summary>
    public static IDataLoaderResult<object?> Load<TKey>(IResolveFieldContext context, string typeName, TKey key) where TKey : notnull =>
        Loader<TKey>(context, typeName).Load(key);

    /// <summary>The objects of <paramref name="typeName"/> with these keys, in their order, leaving out keys with nothing behind them.</summary>
    public static IDataLoaderResult<IReadOnlyList<object>> LoadAll<TKey>(IResolveFieldContext context, string typeName, IEnumerable<TKey> keys)
        where TKey : notnull
    {
        var loader = Loader<TKey>(context, typeName);
        return DeferredResults.All(keys.Select(loader.Load));
    }

    private static BatchLoader<TKey, object> Loader<TKey>(IResolveFieldContext context, string typeName) where TKey : notnull
    {
        var services = context.RequestServices!;
        var target = services.GetServices<ILinkTarget<TKey>>().FirstOrDefault(t => t.TypeName == typeName)
            ?? throw new InvalidOperationException($"No module links to {typeName} by a {typeof(TKey).Name}: register an ILinkTarget<{typeof(TKey).Name}>.");
        return services.GetRequiredService<BatchLoaderContext>().Get<TKey, object>($"link:{typeName}:{typeof(TKey).Name}", target.LoadAsync);
    }
}
