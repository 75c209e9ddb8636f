namespace Ladok.Modules.Catalogue.Domain;

/// <summary>
/// The national scales every university has. Their ids are fixed so that migrations seed them
/// and other modules and plugins can refer to them.
/// </summary>
public static class StandardGradingScales
{
    public static IReadOnlyList<GradingScale> All { get; } =
    [
        Scale("U_G", "Underkänd/Godkänd (U/G)", "Fail/Pass (U/G)", "7f1c6a0e-0001-4c3b-9d5e-000000000000", ("U", false), ("G", true)),
        Scale("U_G_VG", "Underkänd/Godkänd/Väl godkänd (U/G/VG)", "Fail/Pass/Pass with distinction (U/G/VG)", "7f1c6a0e-0002-4c3b-9d5e-000000000000",
            ("U", false), ("G", true), ("VG", true)),
        Scale("U_3_4_5", "Underkänd/3/4/5", "Fail/3/4/5", "7f1c6a0e-0003-4c3b-9d5e-000000000000", ("U", false), ("3", true), ("4", true), ("5", true)),
        Scale("A_F", "A–F med Fx (ECTS)", "A–F with Fx (ECTS)", "7f1c6a0e-0004-4c3b-9d5e-000000000000",
            ("F", false), ("Fx", false), ("E", true), ("D", true), ("C", true), ("B", true), ("A", true)),
    ];

    private static GradingScale Scale(string code, string name, string nameEn, string id, params (string Code, bool Passing)[] grades)
    {
        var scaleId = Guid.Parse(id);
        var scale = new GradingScale(scaleId, code, name, nameEn);
        for (var rank = 0; rank < grades.Length; rank++)
        {
            // Grade ids share the scale's id with the grade's rank in the last group, so they never change.
            var gradeId = Guid.Parse(id[..^12] + (rank + 1).ToString("D12", System.Globalization.CultureInfo.InvariantCulture));
            scale.Grades.Add(new Grade(gradeId, scaleId, grades[rank].Code, grades[rank].Passing, rank));
        }
        return scale;
    }
}
