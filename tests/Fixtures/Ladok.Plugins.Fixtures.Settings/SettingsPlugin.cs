using System.ComponentModel.DataAnnotations;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.Settings;

/// <summary>
/// Reads its settings section and, when <c>Record</c> is set, writes what it read into its data folder, where a test finds it. With
/// no settings it loads and writes nothing, so it can sit in a folder of fixtures that a test loads whole.
/// </summary>
public sealed class SettingsPlugin : ILadokPlugin
{
    public const string ReadFile = "settings-read.txt";

    public void Configure(IPluginBuilder builder)
    {
        var settings = builder.Settings<GreetingSettings>();
        if (settings.Record) File.WriteAllText(Path.Combine(builder.DataDirectory, ReadFile), $"{settings.Greeting} x{settings.Times}");
    }
}

/// <summary><c>Plugins:test.settings:Greeting</c> (required, not empty), <c>:Times</c> (1–10) and <c>:Record</c>.</summary>
public sealed class GreetingSettings
{
    [Required]
    public string Greeting { get; set; } = "Hej";

    [Range(1, 10)]
    public int Times { get; set; } = 1;

    public bool Record { get; set; }
}
