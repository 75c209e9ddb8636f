namespace Ladok.Host.Plugins;

/// <summary>A plugin that cannot be loaded stops start-up; the message names it and says why.</summary>
public sealed class PluginLoadException(string plugin, string reason, Exception? inner = null)
    : Exception($"Plugin {plugin} cannot be loaded: {reason}", inner)
{
    public string Plugin { get; } = plugin;

    public string Reason { get; } = reason;
}
