using GraphQL.DataLoader;

namespace Ladok.Kernel.GraphQL.Loading;

/// <summary>Composes batch-loaded values without awaiting them early (which would defeat the batching).</summary>
public static class DeferredResults
{
    /// <summary>Maps the value once it is loaded.</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) =>
        new Deferred<TResult>(async ct => map(await result.GetResultAsync(ct).ConfigureAwait(false)));

    /// <summary>Maps the value once it is loaded, with work of its own (such as a rights check).</summary>
    public static IDataLoaderResult<TResult> ThenAsync<T, TResult>(this IDataLoaderResult<T> result, Func<T, CancellationToken, Task<TResult>> map) =>
        new Deferred<TResult>(async ct => await map(await result.GetResultAsync(ct).ConfigureAwait(false), ct).ConfigureAwait(false));

    /// <summary>All values of several loads, in order, leaving out the ones that found nothing.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(IEnumerable<IDataLoaderResult<T?>> results) where T : class
    {
        var pending = results.ToList();
        return new Deferred<IReadOnlyList<T>>(async ct =>
        {
            var values = new List<T>(pending.Count);
            foreach (var result in pending)
            {
                if (await result.GetResultAsync(ct).ConfigureAwait(false) is { } value) values.Add(value);
            }
            return values;
        });
    }

    private sealed class Deferred<T>(Func<CancellationToken, Task<T>> resolve) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => resolve(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await resolve(cancellationToken).ConfigureAwait(false);
    }
}
