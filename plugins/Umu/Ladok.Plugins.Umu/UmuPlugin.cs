using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Umu;

/// <summary>Umeå universitet: its profile, rules and demo university.</summary>
public sealed class UmuPlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        builder.AddUniversityProfile(new UmuProfile());
        builder.AddPermissionPrerequisites(new UmuPrerequisites());
        builder.AddReport(new UmuInactiveStudentsReport());
        builder.AddInactivityRule(new UmuInactivityRule());
    }
}
