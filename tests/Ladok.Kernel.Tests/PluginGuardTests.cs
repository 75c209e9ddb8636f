using Ladok.Kernel.Errors;
using Ladok.Kernel.Plugins;
using Microsoft.Extensions.Logging;

namespace Ladok.Kernel.Tests;

/// <summary>
/// Plugin code run through the guard: its answer comes back, and whatever it throws or a call that
/// does not answer in time becomes a PLUGIN_FAILURE naming the plugin and the extension point,
/// logged with the plugin's id; the caller's own cancellation is not blamed on the plugin.
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

    private Task<Outcome<T>> RunAsync<T>(Func<CancellationToken, T> call, TimeSpan timeout) =>
        PluginGuard.RunAsync(Plugin, ExtensionPoint, call, timeout, TimeProvider.System, logger, CancellationToken.None);

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
