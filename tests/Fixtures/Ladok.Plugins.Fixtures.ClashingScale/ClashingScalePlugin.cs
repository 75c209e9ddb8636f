using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.ClashingScale;

/// <summary>Serves any university (no university in its manifest) and adds its own A_F, which is a standard scale's code.</summary>
public sealed class ClashingScalePlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder) =>
        builder.AddGradingScale(new GradingScaleDefinition("A_F", "Egen A–F", "Our own A–F",
            [new GradeDefinition("F", null, IsPassing: false), new GradeDefinition("A", null, IsPassing: true)]));
}
