using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Kth;

/// <summary>
/// KTH Royal Institute of Technology: its profile, its pass/fail scale, the user trainings its permissions need, its inactivity rule and report, its
/// rule that Fx is never a final grade, and a demo KTH.
/// </summary>
public sealed class KthPlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        builder.AddUniversityProfile(new KthProfile());
        builder.AddGradingScale(KthGradingScales.PassFail);
        builder.AddPermissionPrerequisites(new KthPrerequisites());
        builder.AddInactivityRule(new KthInactivityRule());
        builder.AddReport(new KthExaminedWhileInactiveReport());
        builder.AddResultRule(new KthFxIsNotAFinalGrade());
    }
}
