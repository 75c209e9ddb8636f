using Ladok.Kernel.GraphQL.Loading;

namespace Ladok.Kernel.Tests;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_asked_for_before_the_first_await_load_in_one_call()
    {
        var calls = new List<IReadOnlyCollection<int>>();
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            calls.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"#{k}"));
        });

        var results = new[] { 1, 2, 3, 2 }.Select(loader.Load).ToList();
        var values = new List<string?>();
        foreach (var result in results) values.Add(await result.GetResultAsync());

        Assert.Equal(["#1", "#2", "#3", "#2"], values);
        Assert.Equal([1, 2, 3], Assert.Single(calls).Order());
    }

    [Fact]
    public async Task Keys_asked_for_later_load_in_a_second_call_and_known_keys_are_not_loaded_again()
    {
        var calls = 0;
        var loader = new BatchLoader<int, string>((keys, _) =>
        {
            calls++;
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"#{k}"));
        });

        await loader.Load(1).GetResultAsync();
        var again = await loader.Load(1).GetResultAsync();
        var other = await loader.Load(7).GetResultAsync();

        Assert.Equal("#1", again);
        Assert.Equal("#7", other);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task A_key_the_fetch_does_not_return_is_default_and_mapping_waits_for_the_batch()
    {
        var loader = new BatchLoader<int, string>((_, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>()));

        var mapped = loader.Load(5).Then(value => value ?? "none");
        var all = DeferredResults.All([loader.Load(5), loader.Load(6)]);

        Assert.Equal("none", await mapped.GetResultAsync());
        Assert.Empty(await all.GetResultAsync());
    }
}
