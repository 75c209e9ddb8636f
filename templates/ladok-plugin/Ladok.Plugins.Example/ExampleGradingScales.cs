using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Example;

/// <summary>A grading scale of the university's own, beside the standard U_G, U_G_VG, U_3_4_5 and A_F. Keep its code stable: results refer to it.</summary>
public static class ExampleGradingScales
{
    public static GradingScaleDefinition PassFail { get; } = new("XMPL_P_F", "Godkänd/Underkänd", "Pass/Fail",
    [
        new GradeDefinition("F", "Underkänd", IsPassing: false),
        new GradeDefinition("P", "Godkänd", IsPassing: true),
    ]);
}
