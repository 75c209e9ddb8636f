using GraphQL.DataLoader;

namespace Ladok.Kernel.GraphQL.Loading;

/// <summary>
/// Collects the keys that sibling fields ask for while one level of the query resolves, then
/// loads them all in one call when the executor first awaits a result. One per request
/// (see <see cref="BatchLoaderContext"/>); a key asked for twice is loaded once.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly List<TKey> pending = [];
    private readonly Dictionary<TKey, Task<IReadOnlyDictionary<TKey, TValue>>> batchOf = [];

    /// <summary>A deferred value; the default of <typeparamref name="TValue"/> when the key has none.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (gate)
        {
            if (!batchOf.ContainsKey(key) && !pending.Contains(key)) pending.Add(key);
        }
        return new Deferred(this, key);
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> BatchFor(TKey key, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (batchOf.TryGetValue(key, out var batch)) return batch;

            var keys = pending.ToArray();
            pending.Clear();
            batch = Start(keys, cancellationToken);
            foreach (var k in keys) batchOf[k] = batch;
            return batch;
        }
    }

    // A fetch that throws before its first await fails the whole batch, rather than losing its keys.
    private Task<IReadOnlyDictionary<TKey, TValue>> Start(TKey[] keys, CancellationToken cancellationToken)
    {
        try
        {
            return fetch(keys, cancellationToken);
        }
#pragma warning disable CA1031 // the exception is not swallowed: every field awaiting the batch receives it
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Task.FromException<IReadOnlyDictionary<TKey, TValue>>(e);
        }
    }

    private sealed class Deferred(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await loader.BatchFor(key, cancellationToken).ConfigureAwait(false);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
