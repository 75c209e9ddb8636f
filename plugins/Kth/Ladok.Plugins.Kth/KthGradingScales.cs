using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Kth;

/// <summary>
/// KTH's grading scales (kth.se, "Betyg"): the seven-grade A–F scale with Fx is the main one and
/// is the standard <c>A_F</c>; pass (P) and fail (F) are used for degree projects, and for other
/// courses and modules such as labs when there are special reasons. P/F is not a standard scale,
/// so KTH adds it.
/// </summary>
public static class KthGradingScales
{
    public const string PassFailCode = "P_F";

    public static GradingScaleDefinition PassFail { get; } = new(PassFailCode, "Godkänd/Underkänd (P/F)", "Pass/Fail (P/F)",
    [
        new GradeDefinition("F", "Underkänd", IsPassing: false),
        new GradeDefinition("P", "Godkänd", IsPassing: true),
    ]);
}
