using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Lu;

/// <summary>
/// Lund's three-grade scale with TG (tillgodoräknad): U, G and VG as the standard <c>U_G_VG</c>, and TG for a credit
/// transfer (HF 6 kap. 6–8 §§) that is recognised without being given one of Lund's grades. TG passes; it is listed between U
/// and G (its rank) because it says the student passed and nothing about how well.
/// </summary>
public static class LuGradingScales
{
    public const string WithCreditTransferCode = "LU_U_G_VG_TG";

    public static GradingScaleDefinition WithCreditTransfer { get; } = new(WithCreditTransferCode,
        "Underkänd, godkänd, väl godkänd, tillgodoräknad (U/G/VG/TG)", "Fail, pass, pass with distinction, credited (U/G/VG/TG)",
    [
        new GradeDefinition("U", "Underkänd", IsPassing: false),
        new GradeDefinition("TG", "Tillgodoräknad", IsPassing: true),
        new GradeDefinition("G", "Godkänd", IsPassing: true),
        new GradeDefinition("VG", "Väl godkänd", IsPassing: true),
    ]);
}
