using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Lu;

/// <summary>
/// A small Lund for demos and tests: LTH with its computer science department and the Centre for Mathematical Sciences, courses
/// on Lund's U/G/VG/TG scale and on the standard ones, and the same demo roles as the other plugins'. Course codes and names are
/// Lund's; credits, modules and dates are illustrative.
/// </summary>
internal static class LuDemoData
{
    // Static fields initialise in order: everything University uses comes first.
    private static readonly string[] CsCourseCodes = ["EDAA45", "EDAF05", "EDAN95"];

    // Lund's year has four study periods; these are HT2025's and VT2026's first halves and the whole terms (dates illustrative).
    private static readonly DemoOffering[] FirstHalves =
    [
        new("15001", "HT2025", new(2025, 9, 1), new(2025, 10, 26), 100),
        new("25001", "VT2026", new(2026, 1, 19), new(2026, 3, 15), 100),
    ];

    private static readonly DemoOffering[] WholeTerms =
    [
        new("15002", "HT2025", new(2025, 9, 1), new(2026, 1, 18), 50),
        new("25002", "VT2026", new(2026, 1, 19), new(2026, 6, 7), 50),
    ];

    public static DemoUniversity University { get; } = new(
        [
            new("LU", "Lunds universitet", "Lund University", DemoUnitKind.University, null),
            new("LTH", "Lunds tekniska högskola", "Faculty of Engineering, LTH", DemoUnitKind.Faculty, "LU"),
            new("CS", "Institutionen för datavetenskap", "Department of Computer Science", DemoUnitKind.Department, "LTH"),
            new("MATH", "Matematikcentrum", "Centre for Mathematical Sciences", DemoUnitKind.Department, "LTH"),
        ],
        [
            Course("EDAA45", "Programmering, grundkurs", "Programming, First Course", "CS", 7.5m, LuGradingScales.WithCreditTransferCode, FirstHalves,
                Module("0101", "Tentamen", "Written examination", 4.5m, LuGradingScales.WithCreditTransferCode),
                Module("0201", "Laborationer", "Laboratory work", 3m, "U_G")),
            Course("EDAF05", "Algoritmer, datastrukturer och komplexitet", "Algorithms, Data Structures and Complexity", "CS", 7.5m, "U_3_4_5",
                WholeTerms,
                Module("0101", "Tentamen", "Written examination", 4.5m, "U_3_4_5"),
                Module("0201", "Laborationer", "Laboratory work", 3m, "U_G")),
            Course("EDAN95", "Tillämpad maskininlärning", "Applied Machine Learning", "CS", 7.5m, LuGradingScales.WithCreditTransferCode,
                FirstHalves) with { Level = "SecondCycle" },
            Course("FMAA05", "Endimensionell analys", "Calculus in One Variable", "MATH", 15m, "U_3_4_5", WholeTerms,
                Module("0101", "Tentamen A", "Written examination A", 7.5m, "U_3_4_5"),
                Module("0201", "Tentamen B", "Written examination B", 7.5m, "U_3_4_5")),
        ],
        [
            new("TIDAV", "Civilingenjörsutbildning i datateknik", "Master of Science in Engineering, Computer Science and Engineering", 300m, "CS",
                ["EDAA45", "EDAF05", "EDAN95", "FMAA05"]),
        ])
    {
        Trainings =
        [
            new(LuPrerequisites.StudyAdministrationTraining, "Ladok för studieadministratörer", "Ladok for study administrators",
                "STUDY_ADMINISTRATOR", null,
                [new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 6, 30, 16, 0, 0, TimeSpan.FromHours(2)),
                    "Canvas (online)", 200)]),
        ],
        Users =
        [
            new("ladokadm", "Ladoksupport, administratör", [new("ADMINISTRATOR", "LU")], [], []),
            new("prefcs", "Prefekt, datavetenskap", [new("HEAD_OF_DEPARTMENT", "CS")], [], []),
            new("stadmcs", "Studieadministratör, datavetenskap", [new("STUDY_ADMINISTRATOR", "CS")], [], [LuPrerequisites.StudyAdministrationTraining]),
            new("lararecs", "Lärare, datavetenskap", [new("RESULT_REPORTER", "CS")], CsCourses("REPORT"), []),
            new("examcs", "Examinator, datavetenskap", [new("EXAMINER", "CS")], CsCourses("ATTEST"), []),
            new("nyanst", "Nyanställd", [], [], []),
        ],
    };

    private static List<DemoCourseRight> CsCourses(string kind) => CsCourseCodes.Select(code => new DemoCourseRight(kind, code)).ToList();

    private static DemoCourse Course(string code, string nameSv, string nameEn, string department, decimal credits, string scale,
        IReadOnlyList<DemoOffering> offerings, params DemoModule[] modules) =>
        new(code, nameSv, nameEn, department, "FirstCycle", credits, scale, "HT2025", modules, offerings);

    private static DemoModule Module(string code, string nameSv, string nameEn, decimal credits, string scale) =>
        new(code, nameSv, nameEn, credits, scale);
}
