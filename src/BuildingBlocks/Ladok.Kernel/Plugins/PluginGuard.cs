using System.Globalization;
using Ladok.Kernel.Errors;
using Microsoft.Extensions.Logging;

namespace Ladok.Kernel.Plugins;

/// <summary>
/// Runs plugin code so that a plugin cannot take a request, or the host, down with it: whatever
/// it throws, and an answer that does not come within the time-out, becomes a PLUGIN_FAILURE
/// naming the plugin and the extension point, logged with the plugin's id. The call runs on a
/// thread-pool thread, so even a plugin that blocks and ignores cancellation is left behind, never
/// waited for; it is asked to stop through the token it was given.
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
        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = Task.Run(() => call(stop.Token), CancellationToken.None);
        try
        {
            return Outcome<T>.Success(await running.WaitAsync(timeout, clock, cancellationToken));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (TimeoutException)
        {
            await stop.CancelAsync();
            // Observed here, so a fault it raises long after is not reported as unobserved.
            _ = running.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            logger.LogError("Plugin {PluginId} did not answer within {Timeout} in its {ExtensionPoint}; the call was failed and the plugin left behind",
                pluginId, timeout, extensionPoint);
            return new DomainError(ErrorCode.PluginFailure,
                $"The {extensionPoint} of the plugin {pluginId} did not answer within {Seconds(timeout)} s; nothing was changed.", []);
        }
#pragma warning disable CA1031 // whatever a plugin throws must become a PLUGIN_FAILURE naming it
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogError(e, "Plugin {PluginId} failed in its {ExtensionPoint}", pluginId, extensionPoint);
            return new DomainError(ErrorCode.PluginFailure,
                $"The {extensionPoint} of the plugin {pluginId} failed ({e.GetType().Name}: {e.Message}); nothing was changed.", []);
        }
        finally
        {
            // A plugin left behind (timed out, or its caller gone) may still use its token; disposing the source under it could make that throw.
            if (running.IsCompleted) stop.Dispose();
        }
    }

    private static string Seconds(TimeSpan timeout) => timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
