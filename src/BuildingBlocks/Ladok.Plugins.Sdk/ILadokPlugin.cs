namespace Ladok.Plugins.Sdk;

/// <summary>
/// The entry point of a university plugin. The host creates one instance of each public,
/// non-abstract implementation in the plugin's assembly (it needs a parameterless constructor)
/// and calls <see cref="Configure"/> once at start-up.
/// </summary>
/// <example>
/// <code>
/// public sealed class UmuPlugin : ILadokPlugin
/// {
///     public void Configure(IPluginBuilder builder) =&gt; builder.AddUniversityProfile(new UmuProfile());
/// }
/// </code>
/// </example>
public interface ILadokPlugin
{
    /// <summary>Registers the plugin's extension points. Throwing here stops the host's start-up, naming the plugin.</summary>
    void Configure(IPluginBuilder builder);
}

/// <summary>What a plugin can extend. Each method adds one extension point.</summary>
public interface IPluginBuilder
{
    /// <summary>The manifest the host read from the plugin's <c>plugin.json</c>.</summary>
    PluginManifest Manifest { get; }

    /// <summary>Provides a university: its names, sign-in claim, support, guides, data coverage and demo data.</summary>
    void AddUniversityProfile(IUniversityProfile profile);

    /// <summary>Says which trainings each permission profile requires before it is granted (since SDK 1.1).</summary>
    void AddPermissionPrerequisites(IPermissionPrerequisites prerequisites);
}
