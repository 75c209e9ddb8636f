using System.Diagnostics;
using System.Runtime.CompilerServices;
using Ladok.Kernel.Diagnostics;
using Ladok.Kernel.Errors;
using Microsoft.Extensions.Logging;

namespace Ladok.Kernel.Plugins;

/// <summary>
/// Runs plugin code so that a plugin cannot take a request, or the host, down with it: whatever
/// it throws, and an answer that does not come within the time-out, becomes a PLUGIN_FAILURE
/// naming the plugin and the extension point, logged with the plugin's id. The call runs on a
/// thread-pool thread, so even a plugin that blocks and ignores cancellation is left behind, never
/// waited for; it is asked to stop through the token it was given. Each failure is counted in
/// <see cref="PluginMetrics"/>, and each call is a span (<c>plugin &lt;extension point&gt;</c>) in the caller's trace.
/// </summary>
public static class PluginGuard
{
    /// <summary>
    /// The plugin's answer, or a PLUGIN_FAILURE. Cancellation of <paramref name="cancellationToken"/>
    /// (the caller went away) is passed on as an <see cref="OperationCanceledException"/>, not blamed on the plugin.
    /// </summary>
    /// <param name="pluginId">The plugin's id, as errors and logs name it.</param>
    /// <param name="extensionPoint">What was called, in words: <c>result rule</c>.</param>
    /// <param name="call">The plugin code; it gets a token that is cancelled at the time-out.</param>
    /// <param name="timeout">How long the call may take in all.</param>
    /// <param name="clock">Times the time-out.</param>
    /// <param name="logger">Where the failure is logged.</param>
    /// <param name="cancellationToken">The caller's.</param>
    /// <example>
    /// <code>
    /// var checkedRule = await PluginGuard.RunAsync(rule.PluginId, "result rule",
    ///     _ => results.SelectMany(rule.Extension.Check).ToList(), rules.Timeout, clock, logger, cancellationToken);
    /// if (!checkedRule.Succeeded) return checkedRule.Errors;   // PLUGIN_FAILURE, nothing stored
    /// </code>
    /// </example>
    public static async Task<Outcome<T>> RunAsync<T>(
        string pluginId, string extensionPoint, Func<CancellationToken, T> call, TimeSpan timeout, TimeProvider clock, ILogger logger,
        CancellationToken cancellationToken)
    {
        var (value, fault) = await GuardedAsync(pluginId, extensionPoint, stop => Task.FromResult(call(stop)), timeout, clock, logger, cancellationToken);
        return fault is null ? Outcome<T>.Success(value) : ErrorOf(fault);
    }

    /// <summary>
    /// Runs plugin code that answers nothing, such as an event subscriber's <c>HandleAsync</c>, under the same guard as
    /// <see cref="RunAsync{T}"/>: on the thread pool, within the time-out, left behind and asked to stop if it does not
    /// finish, counted in <see cref="PluginMetrics"/>, a span in the caller's trace. What went wrong is returned for the
    /// caller to log and phrase, since outside a request a <see cref="DomainError"/> is not the answer.
    /// </summary>
    /// <returns>Null when the call finished; otherwise how it failed.</returns>
    /// <param name="pluginId">The plugin's id, as metrics name it.</param>
    /// <param name="extensionPoint">What was called, in words: <c>event subscriber</c>.</param>
    /// <param name="call">The plugin code; it gets a token that is cancelled at the time-out.</param>
    /// <param name="timeout">How long the call may take in all.</param>
    /// <param name="clock">Times the time-out.</param>
    /// <param name="cancellationToken">The caller's; passed on as an <see cref="OperationCanceledException"/>, not blamed on the plugin.</param>
    public static async Task<PluginFault?> TryRunAsync(
        string pluginId, string extensionPoint, Func<CancellationToken, Task> call, TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (_, fault) = await GuardedAsync(pluginId, extensionPoint, async stop =>
        {
            await call(stop);
            return true;
        }, timeout, clock, logger: null, cancellationToken);
        return fault;
    }

    /// <summary>One call on a thread-pool thread, as a span: its answer, or what went wrong (logged within the span when a logger is given).</summary>
    private static async Task<(T Value, PluginFault? Fault)> GuardedAsync<T>(
        string pluginId, string extensionPoint, Func<CancellationToken, Task<T>> call, TimeSpan timeout, TimeProvider clock, ILogger? logger,
        CancellationToken cancellationToken)
    {
        using var activity = StartActivity(pluginId, extensionPoint);
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = Task.Run(() => call(stop.Token), CancellationToken.None);
        try
        {
            var answer = await AwaitAsync(pluginId, extensionPoint, running, stop, timeout, clock, cancellationToken);
            if (answer.Fault is { } fault)
            {
                activity?.SetStatus(ActivityStatusCode.Error, fault.Message);
                if (logger is not null) Log(fault, logger);
            }
            return answer;
        }
        finally
        {
            // A plugin left behind (timed out, or its caller gone) may still use its token; disposing the source under it could make that throw.
            if (running.IsCompleted) stop.Dispose();
        }
    }

    /// <summary>
    /// The items a plugin streams, each step guarded as <see cref="RunAsync{T}"/> guards a call: starting
    /// the stream and every <c>MoveNextAsync</c> runs on a thread-pool thread and has
    /// <paramref name="timeout"/> to give the next item or say there is none, and the plugin's clean-up
    /// (<c>DisposeAsync</c>) has as long. A failure ends the stream with a <see cref="LadokException"/>
    /// carrying the PLUGIN_FAILURE, since the items before it have been handed on already. A plugin
    /// that does not answer is asked to stop and left behind: its enumerator is not disposed, which
    /// would wait for it.
    /// </summary>
    /// <param name="pluginId">The plugin's id, as errors and logs name it.</param>
    /// <param name="extensionPoint">What was called, in words: <c>report umu-inactive-students</c>.</param>
    /// <param name="call">Starts the plugin's stream; it gets a token that is cancelled at a time-out.</param>
    /// <param name="timeout">How long each step may take.</param>
    /// <param name="clock">Times the time-outs.</param>
    /// <param name="logger">Where the failure is logged.</param>
    /// <param name="cancellationToken">The caller's; passed on as an <see cref="OperationCanceledException"/>, not blamed on the plugin.</param>
    /// <example>
    /// <code>
    /// await foreach (var row in PluginGuard.StreamAsync(report.PluginId, $"report {report.Extension.Name}",
    ///     ct => report.Extension.RunAsync(request, ct), reports.Timeout, clock, logger, cancellationToken))
    /// </code>
    /// </example>
    public static async IAsyncEnumerable<T> StreamAsync<T>(
        string pluginId, string extensionPoint, Func<CancellationToken, IAsyncEnumerable<T>> call, TimeSpan timeout, TimeProvider clock, ILogger logger,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        IAsyncEnumerator<T>? items = null;
        Task? last = null;
        try
        {
            while (true)
            {
                var step = Task.Run(async () =>
                {
                    items ??= call(stop.Token).GetAsyncEnumerator(stop.Token);
                    return await items.MoveNextAsync() ? (More: true, Item: items.Current) : (More: false, Item: default(T)!);
                }, CancellationToken.None);
                last = step;
                var (next, fault) = await AwaitAsync(pluginId, extensionPoint, step, stop, timeout, clock, cancellationToken);
                if (fault is not null) throw LadokException.From(Refusal(fault, logger));
                if (!next.More) break;
                yield return next.Item;
            }

            // At the end of the stream the plugin's clean-up fails the call like any step.
            var ended = items!;
            items = null;
            var cleanUp = Task.Run(() => DisposedAsync(ended), CancellationToken.None);
            last = cleanUp;
            var (_, failedCleanUp) = await AwaitAsync(pluginId, extensionPoint, cleanUp, stop, timeout, clock, cancellationToken);
            if (failedCleanUp is not null) throw LadokException.From(Refusal(failedCleanUp, logger));
        }
        finally
        {
            // The caller stopped early, or a step failed: clean up unless the plugin is still busy, and only log a
            // failure (the guard does), since the caller has its answer or its error already.
            if (items is { } unfinished && last is { IsCompleted: true })
            {
                var cleanUp = Task.Run(() => DisposedAsync(unfinished), CancellationToken.None);
                last = cleanUp;
                var (_, failedCleanUp) = await AwaitAsync(pluginId, extensionPoint, cleanUp, stop, timeout, clock, CancellationToken.None);
                if (failedCleanUp is not null) _ = Refusal(failedCleanUp, logger);
            }
            if (last is null || last.IsCompleted) stop.Dispose();
        }
    }

    /// <summary>Waits for plugin code already running: its answer, or what went wrong (counted in <see cref="PluginMetrics"/>).</summary>
    private static async Task<(T Value, PluginFault? Fault)> AwaitAsync<T>(
        string pluginId, string extensionPoint, Task<T> running, CancellationTokenSource stop, TimeSpan timeout, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        try
        {
            return (await running.WaitAsync(timeout, clock, cancellationToken), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException e) when (!ReferenceEquals(running.Exception?.InnerException, e))   // not one the plugin threw
        {
            await stop.CancelAsync();
            // Observed here, so a fault it raises long after is not reported as unobserved.
            _ = running.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            PluginMetrics.Failed(pluginId, extensionPoint, PluginMetrics.Timeout);
            return (default!, new PluginFault(pluginId, extensionPoint, timeout, null));
        }
#pragma warning disable CA1031 // whatever a plugin throws must become a PLUGIN_FAILURE naming it
        catch (Exception e)
#pragma warning restore CA1031
        {
            PluginMetrics.Failed(pluginId, extensionPoint, PluginMetrics.Exception);
            return (default!, new PluginFault(pluginId, extensionPoint, timeout, e));
        }
    }

    /// <summary>A failure in a request: logged with the plugin's id, answered as a PLUGIN_FAILURE naming the plugin.</summary>
    private static DomainError Refusal(PluginFault fault, ILogger logger)
    {
        Log(fault, logger);
        return ErrorOf(fault);
    }

    private static DomainError ErrorOf(PluginFault fault) => fault.Error;

    private static void Log(PluginFault fault, ILogger logger)
    {
        if (fault.Exception is { } e) logger.LogError(e, "Plugin {PluginId} failed in its {ExtensionPoint}", fault.PluginId, fault.ExtensionPoint);
        else logger.LogError("Plugin {PluginId} did not answer within {Timeout} in its {ExtensionPoint}; the call was failed and the plugin left behind",
            fault.PluginId, fault.Timeout, fault.ExtensionPoint);
    }

    private static Activity? StartActivity(string pluginId, string extensionPoint)
    {
        var activity = LadokTelemetry.ActivitySource.StartActivity($"plugin {extensionPoint}");
        activity?.SetTag("ladok.plugin.id", pluginId);
        return activity;
    }

    private static async Task<bool> DisposedAsync<T>(IAsyncEnumerator<T> items)
    {
        await items.DisposeAsync();
        return true;
    }

}
