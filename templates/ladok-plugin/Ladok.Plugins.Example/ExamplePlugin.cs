using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Example;

/// <summary>The plugin's entry point: the host calls Configure once at start-up.</summary>
public sealed class ExamplePlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        builder.AddUniversityProfile(new ExampleProfile());
        // SDK 1.2, hence "sdk": "[1.2,2.0)" in plugin.json.
        builder.AddGradingScale(ExampleGradingScales.PassFail);
    }
}
