using Ladok.Kernel.Errors;

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
    /// <summary>The PLUGIN_FAILURE a request answers with; the extension point and the exception's text stay as written.</summary>
    public DomainError Error => Exception is { } e
        ? DomainError.Of(KernelReasons.PluginThrew, (Field?)null, ExtensionPoint, PluginId, $"{e.GetType().Name}: {e.Message}")
        : DomainError.Of(KernelReasons.PluginDidNotAnswer, (Field?)null, ExtensionPoint, PluginId, Timeout.TotalSeconds);

    /// <summary>What went wrong, in English, for logs and traces.</summary>
    public string Message => Error.Message;
}
