using System.Collections.Concurrent;

namespace Ladok.Kernel.GraphQL.Loading;

/// <summary>The batch loaders of one request, by name. Registered per request scope.</summary>
public sealed class BatchLoaderContext
{
    private readonly ConcurrentDictionary<string, object> loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(
        string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));

    /// <summary>Forgets every loader and what it loaded: the next load reads anew (between the mutations of one document).</summary>
    public void Clear() => loaders.Clear();
}
