namespace Ladok.Kernel.Plugins;

/// <summary>One extension a plugin added, with the plugin's id, so a failure inside it can name the plugin.</summary>
/// <param name="PluginId">The id from the plugin's manifest, such as <c>se.umu.ladok</c>.</param>
/// <param name="Extension">What the plugin added, such as a result rule.</param>
public sealed record PluginExtension<T>(string PluginId, T Extension) where T : class;

/// <summary>
/// The extensions of one kind that apply to the university the host serves, and how long a call
/// into one may take. The host builds them from its plugin catalogue; a module asks for them by
/// type through Autofac, so it needs no reference to the host.
/// </summary>
/// <param name="All">In the order the plugins were loaded.</param>
/// <param name="Timeout">How long one call into an extension may take before it fails as <c>PLUGIN_FAILURE</c>.</param>
public sealed record PluginExtensions<T>(IReadOnlyList<PluginExtension<T>> All, TimeSpan Timeout) where T : class
{
    /// <summary>No extensions: what a module uses when the host gives none (its own tests, say).</summary>
    public static PluginExtensions<T> None { get; } = new([], TimeSpan.FromSeconds(5));
}
