using System.Globalization;

namespace Ladok.Kernel.Plugins;

/// <summary>
/// How a call <see cref="PluginGuard.TryRunAsync"/> guarded went wrong: it threw <see cref="Exception"/>, or, when that is
/// null, did not finish within <see cref="Timeout"/>.
/// </summary>
/// <param name="PluginId">The plugin's id.</param>
/// <param name="ExtensionPoint">What was called, in words.</param>
/// <param name="Timeout">The time the call had.</param>
/// <param name="Exception">What the plugin threw; null when it timed out.</param>
public sealed record PluginFault(string PluginId, string ExtensionPoint, TimeSpan Timeout, Exception? Exception)
{
    /// <summary>What went wrong, as a PLUGIN_FAILURE in a request says it.</summary>
    public string Message => Exception is { } e
        ? $"The {ExtensionPoint} of the plugin {PluginId} failed ({e.GetType().Name}: {e.Message}); nothing was changed."
        : $"The {ExtensionPoint} of the plugin {PluginId} did not answer within "
          + $"{Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s; nothing was changed.";
}
