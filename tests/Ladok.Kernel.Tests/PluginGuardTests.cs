using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using Ladok.Kernel.Diagnostics;
using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Microsoft.Extensions.Logging;

namespace Ladok.Kernel.Tests;

/// <summary>
/// Plugin code run through the guard: its answer comes back, and whatever it throws or a call that
/// does not answer in time becomes a PLUGIN_FAILURE naming the plugin and the extension point,
/// logged with the plugin's id; the caller's own cancellation is not blamed on the plugin. A stream
/// is guarded step by step with the same rules.
/// </summary>
public sealed class PluginGuardTests
{
    private const string Plugin = "test.plugin", ExtensionPoint = "result rule";
    private readonly ListLogger logger = new();

    [Fact]
    public async Task A_plugins_answer_comes_back()
    {
        var answer = await RunAsync(_ => 42, TimeSpan.FromSeconds(30));

        Assert.Equal(42, answer.Value);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task What_a_plugin_throws_becomes_a_plugin_failure_naming_it_and_the_extension_point_and_is_logged_with_its_id()
    {
        var failed = await RunAsync<int>(_ => throw new InvalidOperationException("broken on purpose"), TimeSpan.FromSeconds(30));

        var error = Assert.Single(failed.Errors);
        Assert.Equal(ErrorCode.PluginFailure, error.Code);
        Assert.Equal("The result rule of the plugin test.plugin failed (InvalidOperationException: broken on purpose); nothing was changed.", error.Message);
        var logged = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Error, Plugin, ExtensionPoint), (logged.Level, logged.State["PluginId"], logged.State["ExtensionPoint"]));
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task A_plugin_that_does_not_answer_in_time_fails_the_call_is_asked_to_stop_and_is_left_behind()
    {
        using var release = new ManualResetEventSlim();
        var token = new TaskCompletionSource<CancellationToken>();
        try
        {
            var failed = await RunAsync(ct =>
            {
                token.SetResult(ct);
                release.Wait(CancellationToken.None);   // ignores the token, the worst a plugin can do
                return 1;
            }, TimeSpan.FromMilliseconds(100));

            Assert.Equal("The result rule of the plugin test.plugin did not answer within 0.1 s; nothing was changed.", Assert.Single(failed.Errors).Message);
            Assert.True((await token.Task).IsCancellationRequested);
            Assert.Equal(Plugin, Assert.Single(logger.Entries).State["PluginId"]);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task Each_failure_is_counted_by_plugin_extension_point_and_whether_it_threw_or_timed_out()
    {
        const string Counted = "test.counted-plugin";
        var failures = new List<(string? Plugin, string? Point, string? Type)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LadokTelemetry.Name && instrument.Name == "ladok.plugin.failures") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var byKey = tags.ToArray().ToDictionary(t => t.Key, t => t.Value as string);
            if (byKey["ladok.plugin.id"] != Counted) return;   // other tests' plugins fail at the same time
            lock (failures) failures.Add((byKey["ladok.plugin.id"], byKey["ladok.plugin.extension_point"], byKey["error.type"]));
        });
        listener.Start();
        using var release = new ManualResetEventSlim();
        try
        {
            await PluginGuard.RunAsync<int>(Counted, ExtensionPoint, _ => throw new InvalidOperationException("broken on purpose"),
                TimeSpan.FromSeconds(30), TimeProvider.System, logger, CancellationToken.None);
            await PluginGuard.RunAsync(Counted, ExtensionPoint, _ => { release.Wait(CancellationToken.None); return 1; },
                TimeSpan.FromMilliseconds(100), TimeProvider.System, logger, CancellationToken.None);
            await PluginGuard.RunAsync(Counted, ExtensionPoint, _ => 1, TimeSpan.FromSeconds(30), TimeProvider.System, logger, CancellationToken.None);
        }
        finally
        {
            release.Set();
        }

        lock (failures)
        {
            Assert.Equal([(Counted, ExtensionPoint, PluginMetrics.Exception), (Counted, ExtensionPoint, PluginMetrics.Timeout)], failures);
        }
    }

    [Fact]
    public async Task The_callers_cancellation_is_passed_on_and_not_blamed_on_the_plugin()
    {
        using var caller = new CancellationTokenSource();
        using var release = new ManualResetEventSlim();
        try
        {
            var running = PluginGuard.RunAsync(Plugin, ExtensionPoint, _ => { release.Wait(CancellationToken.None); return 1; },
                TimeSpan.FromMinutes(5), TimeProvider.System, logger, caller.Token);
            await caller.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
            Assert.Empty(logger.Entries);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task A_cancellation_the_plugin_raises_itself_is_its_failure()
    {
        var failed = await RunAsync<int>(_ => throw new OperationCanceledException(), TimeSpan.FromSeconds(30));

        Assert.Equal(ErrorCode.PluginFailure, Assert.Single(failed.Errors).Code);
    }

    [Fact]
    public async Task A_time_out_the_plugin_throws_itself_is_its_failure_not_a_late_answer()
    {
        var failed = await RunAsync<int>(_ => throw new TimeoutException("its own"), TimeSpan.FromSeconds(30));

        Assert.Equal(
            "The result rule of the plugin test.plugin failed (TimeoutException: its own); nothing was changed.", Assert.Single(failed.Errors).Message);
    }

    [Fact]
    public async Task A_plugins_stream_comes_back_item_by_item_and_is_cleaned_up()
    {
        var cleanedUp = false;

        var items = await StreamAsync(_ => Items([1, 2, 3], onDispose: () => cleanedUp = true), TimeSpan.FromSeconds(30)).ToListAsync();

        Assert.Equal([1, 2, 3], items);
        Assert.True(cleanedUp);
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task What_a_stream_throws_ends_it_with_a_plugin_failure_naming_the_plugin_and_the_extension_point_after_the_items_before()
    {
        var received = new List<int>();

        var error = await Assert.ThrowsAsync<LadokException>(async () =>
        {
            await foreach (var item in StreamAsync(_ => Items([1, 2], fail: new InvalidOperationException("broken on purpose")), TimeSpan.FromSeconds(30)))
            {
                received.Add(item);
            }
        });

        Assert.Equal([1, 2], received);
        Assert.Equal(ErrorCode.PluginFailure, error.ErrorCode);
        Assert.Equal(
            "The report test-report of the plugin test.plugin failed (InvalidOperationException: broken on purpose); nothing was changed.", error.Message);
        var logged = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Error, Plugin, "report test-report"), (logged.Level, logged.State["PluginId"], logged.State["ExtensionPoint"]));
    }

    [Fact]
    public async Task A_stream_that_blocks_before_its_next_item_fails_after_the_time_out_is_asked_to_stop_and_is_left_behind()
    {
        using var release = new ManualResetEventSlim();
        var token = new TaskCompletionSource<CancellationToken>();
        var cleanedUp = false;
        try
        {
            var error = await Assert.ThrowsAsync<LadokException>(async () =>
            {
                await foreach (var _ in StreamAsync(ct => Items([1], onDispose: () => cleanedUp = true, block: () =>
                {
                    token.SetResult(ct);
                    release.Wait(CancellationToken.None);   // blocks its thread and ignores the token, the worst a plugin can do
                }), TimeSpan.FromMilliseconds(100)))
                {
                }
            });

            Assert.Equal("The report test-report of the plugin test.plugin did not answer within 0.1 s; nothing was changed.", error.Message);
            Assert.True((await token.Task).IsCancellationRequested);
            Assert.False(cleanedUp);
            Assert.Equal(Plugin, Assert.Single(logger.Entries).State["PluginId"]);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task A_stream_whose_clean_up_throws_fails_at_its_end()
    {
        var error = await Assert.ThrowsAsync<LadokException>(async () =>
        {
            await foreach (var _ in StreamAsync(
                _ => Items([1], onDispose: () => throw new InvalidOperationException("clean-up broken")), TimeSpan.FromSeconds(30)))
            {
            }
        });

        Assert.Contains("failed (InvalidOperationException: clean-up broken)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_cancellation_of_a_stream_is_passed_on_and_not_blamed_on_the_plugin()
    {
        using var caller = new CancellationTokenSource();
        using var release = new ManualResetEventSlim();
        try
        {
            var rows = PluginGuard.StreamAsync(Plugin, "report test-report", _ => Items([], block: () => release.Wait(CancellationToken.None)),
                TimeSpan.FromMinutes(5), TimeProvider.System, logger, caller.Token);
            await using var enumerator = rows.GetAsyncEnumerator();
            var next = enumerator.MoveNextAsync().AsTask();
            await caller.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => next);
            Assert.Empty(logger.Entries);
        }
        finally
        {
            release.Set();
        }
    }

    [Fact]
    public async Task A_call_that_answers_nothing_and_finishes_has_no_fault()
    {
        Assert.Null(await TryRunAsync(_ => Task.CompletedTask, TimeSpan.FromSeconds(30)));
        Assert.Empty(logger.Entries);
    }

    [Fact]
    public async Task A_call_that_answers_nothing_hands_back_what_it_threw_for_the_caller_to_phrase()
    {
        var fault = await TryRunAsync(_ => throw new InvalidOperationException("broken on purpose"), TimeSpan.FromSeconds(30));

        Assert.NotNull(fault);
        Assert.Equal((Plugin, "event subscriber"), (fault.PluginId, fault.ExtensionPoint));
        Assert.Equal("broken on purpose", Assert.IsType<InvalidOperationException>(fault.Exception).Message);
    }

    [Fact]
    public async Task A_call_that_answers_nothing_and_hangs_is_asked_to_stop_left_behind_and_handed_back_as_timed_out()
    {
        using var release = new ManualResetEventSlim();
        var token = new TaskCompletionSource<CancellationToken>();
        try
        {
            var fault = await TryRunAsync(ct =>
            {
                token.SetResult(ct);
                release.Wait(CancellationToken.None);   // blocks before any await, ignoring the token
                return Task.CompletedTask;
            }, TimeSpan.FromMilliseconds(100));

            Assert.NotNull(fault);
            Assert.Null(fault.Exception);
            Assert.Equal(TimeSpan.FromMilliseconds(100), fault.Timeout);
            Assert.True((await token.Task).IsCancellationRequested);
        }
        finally
        {
            release.Set();
        }
    }

    private static Task<PluginFault?> TryRunAsync(Func<CancellationToken, Task> call, TimeSpan timeout) =>
        PluginGuard.TryRunAsync(Plugin, "event subscriber", call, timeout, TimeProvider.System, CancellationToken.None);

    private Task<Outcome<T>> RunAsync<T>(Func<CancellationToken, T> call, TimeSpan timeout) =>
        PluginGuard.RunAsync(Plugin, ExtensionPoint, call, timeout, TimeProvider.System, logger, CancellationToken.None);

    private IAsyncEnumerable<T> StreamAsync<T>(Func<CancellationToken, IAsyncEnumerable<T>> call, TimeSpan timeout) =>
        PluginGuard.StreamAsync(Plugin, "report test-report", call, timeout, TimeProvider.System, logger, CancellationToken.None);

    /// <summary>A plugin's stream: its items, then optionally a block or an exception, and its clean-up.</summary>
    private static async IAsyncEnumerable<int> Items(int[] items, Action? onDispose = null, Action? block = null, Exception? fail = null)
    {
        try
        {
            foreach (var item in items)
            {
                await Task.Yield();
                yield return item;
            }
            block?.Invoke();
            if (fail is not null) throw fail;
        }
        finally
        {
            onDispose?.Invoke();
        }
    }

    private sealed class ListLogger : ILogger
    {
        private readonly List<(LogLevel Level, IReadOnlyDictionary<string, object?> State, Exception? Exception)> entries = [];

        public IReadOnlyList<(LogLevel Level, IReadOnlyDictionary<string, object?> State, Exception? Exception)> Entries
        {
            get
            {
                lock (entries) return [.. entries];
            }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = (state as IEnumerable<KeyValuePair<string, object?>> ?? []).ToDictionary(v => v.Key, v => v.Value);
            lock (entries) entries.Add((logLevel, values, exception));
        }
    }
}
