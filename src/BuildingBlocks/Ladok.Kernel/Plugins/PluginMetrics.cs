using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ladok.Kernel.Diagnostics;

namespace Ladok.Kernel.Plugins;

/// <summary>
/// Counts plugin calls that failed, by plugin and extension point: <see cref="PluginGuard"/> records
/// the calls it guards, the host's event subscribers record theirs. An operator alerts on
/// <c>ladok.plugin.failures</c>; <c>error.type</c> tells a time-out from an exception.
/// </summary>
public static class PluginMetrics
{
    /// <summary>The <c>error.type</c> of a call that did not answer within its time-out.</summary>
    public const string Timeout = "timeout";

    /// <summary>The <c>error.type</c> of a call that threw.</summary>
    public const string Exception = "exception";

    private static readonly Counter<long> Failures = LadokTelemetry.Meter.CreateCounter<long>(
        "ladok.plugin.failures", "{failure}", "Plugin calls that threw or did not answer within their time-out.");

    /// <summary>Counts one failed call.</summary>
    /// <param name="pluginId">The plugin's id.</param>
    /// <param name="extensionPoint">What was called, as logs name it: <c>result rule</c>, <c>event subscriber</c>.</param>
    /// <param name="errorType"><see cref="Timeout"/> or <see cref="Exception"/>.</param>
    public static void Failed(string pluginId, string extensionPoint, string errorType)
    {
        var tags = new TagList
        {
            { "ladok.plugin.id", pluginId },
            { "ladok.plugin.extension_point", extensionPoint },
            { "error.type", errorType },
        };
        Failures.Add(1, tags);
    }
}
