using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Lu;

/// <summary>
/// Lund University, the example of SDK 1.8: its profile, its grading scale with TG, the training its study administrators need,
/// its rule on how late a result may be marked ready (reading the offering's end, with the number of days from its settings),
/// its report of repeated failures (reading results), and a demo Lund.
/// </summary>
public sealed class LuPlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        var settings = builder.Settings<LuSettings>();
        builder.AddUniversityProfile(new LuProfile());
        builder.AddGradingScale(LuGradingScales.WithCreditTransfer);
        builder.AddPermissionPrerequisites(new LuPrerequisites());
        builder.AddResultRule(new LuMarkReadySoonAfterTheEnd(settings.MarkReadyDaysAfterEnd));
        builder.AddReport(new LuRepeatedFailuresReport(settings.FailedAttemptsBeforeListed));
    }
}
