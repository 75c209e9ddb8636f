using System.Text.Json.Serialization;

namespace Ladok.Plugins.Sdk;

/// <summary>
/// A plugin's <c>plugin.json</c>, read before any of its code is loaded.
/// </summary>
/// <example>
/// <code>
/// {
///   "id": "se.umu.ladok",
///   "name": "Umeå universitet",
///   "version": "1.0.0",
///   "sdk": "[1.0,2.0)",
///   "university": "UMU",
///   "assembly": "Ladok.Plugins.Umu.dll"
/// }
/// </code>
/// </example>
public sealed record PluginManifest
{
    /// <summary>A stable id, reverse-DNS style (<c>se.umu.ladok</c>); logs and errors name the plugin by it.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>A name for people.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The plugin's own semantic version.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    /// <summary>The SDK versions the plugin works with, as an interval such as <c>[1.0,2.0)</c>.</summary>
    [JsonPropertyName("sdk")]
    public required string Sdk { get; init; }

    /// <summary>The code of the university the plugin serves (<c>UMU</c>), or null for a plugin that serves any.</summary>
    [JsonPropertyName("university")]
    public string? University { get; init; }

    /// <summary>The file name of the assembly that holds the <see cref="ILadokPlugin"/> implementations.</summary>
    [JsonPropertyName("assembly")]
    public required string Assembly { get; init; }
}
