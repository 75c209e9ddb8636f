using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Kth;

/// <summary>
/// A small KTH for demos and tests: two schools, a department in each, courses on the A–F scale
/// with Fx and on KTH's P/F scale, and the same demo roles as the Umeå plugin's. Course codes and
/// names are KTH's; credits, modules and dates are illustrative.
/// </summary>
internal static class KthDemoData
{
    // Static fields initialise in order: everything University uses comes first.
    private static readonly string[] CsCourseCodes = ["DD1310", "DD1320", "DD2380", "DA231X"];

    // KTH's year has four study periods; these are HT2025's P1 and P2 and VT2026's P3 and P4 (dates illustrative).
    private static readonly DemoOffering[] FirstPeriods =
    [
        new("50001", "HT2025", new(2025, 8, 25), new(2025, 10, 24), 50),
        new("60001", "VT2026", new(2026, 1, 19), new(2026, 3, 20), 50),
    ];

    private static readonly DemoOffering[] SecondPeriods =
    [
        new("50002", "HT2025", new(2025, 10, 27), new(2026, 1, 16), 50),
        new("60002", "VT2026", new(2026, 3, 23), new(2026, 6, 5), 50),
    ];

    private static readonly DemoOffering[] WholeTermsFullPace =
    [
        new("50003", "HT2025", new(2025, 8, 25), new(2026, 1, 16), 100),
        new("60003", "VT2026", new(2026, 1, 19), new(2026, 6, 5), 100),
    ];

    public static DemoUniversity University { get; } = new(
        [
            new("KTH", "Kungliga Tekniska högskolan", "KTH Royal Institute of Technology", DemoUnitKind.University, null),
            new("EECS", "Skolan för elektroteknik och datavetenskap", "School of Electrical Engineering and Computer Science", DemoUnitKind.Faculty, "KTH"),
            new("SCI", "Skolan för teknikvetenskap", "School of Engineering Sciences", DemoUnitKind.Faculty, "KTH"),
            new("CS", "Institutionen för datavetenskap", "Department of Computer Science", DemoUnitKind.Department, "EECS"),
            new("MATH", "Institutionen för matematik", "Department of Mathematics", DemoUnitKind.Department, "SCI"),
        ],
        [
            Course("DD1310", "Programmeringsteknik", "Programming Techniques", "CS", 6m, "A_F", FirstPeriods,
                Module("TEN1", "Tentamen", "Written examination", 3m, "A_F"),
                Module("LAB1", "Laborationer", "Laboratory work", 3m, KthGradingScales.PassFailCode)),
            Course("DD1320", "Tillämpad datalogi", "Applied Computer Science", "CS", 6m, "A_F", SecondPeriods,
                Module("TEN1", "Tentamen", "Written examination", 3m, "A_F"),
                Module("LAB1", "Laborationer", "Laboratory work", 3m, KthGradingScales.PassFailCode)),
            Course("DD2380", "Artificiell intelligens", "Artificial Intelligence", "CS", 6m, "A_F", FirstPeriods,
                Module("TEN1", "Tentamen", "Written examination", 3m, "A_F"),
                Module("PRO1", "Projekt", "Project", 3m, KthGradingScales.PassFailCode)) with { Level = "SecondCycle" },
            Course("DA231X", "Examensarbete inom datalogi, avancerad nivå", "Degree Project in Computer Science, Second Cycle", "CS", 30m,
                KthGradingScales.PassFailCode,
                WholeTermsFullPace) with { Level = "SecondCycle", RequiresProjectTitle = true },
            Course("SF1625", "Envariabelanalys", "Calculus in One Variable", "MATH", 7.5m, "A_F", FirstPeriods,
                Module("TEN1", "Tentamen", "Written examination", 6m, "A_F"),
                Module("INL1", "Inlämningsuppgifter", "Hand-in assignments", 1.5m, KthGradingScales.PassFailCode)),
            Course("SF1624", "Algebra och geometri", "Algebra and Geometry", "MATH", 7.5m, "A_F", SecondPeriods,
                Module("TEN1", "Tentamen", "Written examination", 7.5m, "A_F")),
        ],
        [
            new("CDATE", "Civilingenjörsutbildning i datateknik", "Degree Programme in Computer Science and Engineering", 300m, "CS",
                ["DD1310", "DD1320", "DD2380", "DA231X", "SF1625", "SF1624"]),
        ])
    {
        Trainings =
        [
            Online(KthPrerequisites.ResultReporterTraining, "KTH - Resultatrapportör lärare (webbkurs med prov)",
                "KTH - Result reporter, teacher (web course with tests)", "RESULT_REPORTER"),
            Online(KthPrerequisites.ExaminerTraining, "KTH - Examinator (webbkurs med prov)", "KTH - Examiner (web course with tests)", "EXAMINER"),
            Online(KthPrerequisites.CourseAdministrationTraining, "KTH - Kursadministration (webbkurs med prov)",
                "KTH - Course administration (web course with tests)", "STUDY_ADMINISTRATOR"),
        ],
        Users =
        [
            new("ladokadm", "Ladoksupport, administratör", [new("ADMINISTRATOR", "KTH")], [], []),
            new("prefcs", "Prefekt, datavetenskap", [new("HEAD_OF_DEPARTMENT", "CS")], [], []),
            new("stadmcs", "Studieadministratör, datavetenskap", [new("STUDY_ADMINISTRATOR", "CS")], [], [KthPrerequisites.CourseAdministrationTraining]),
            new("stadmmath", "Studieadministratör, matematik", [new("STUDY_ADMINISTRATOR", "MATH")], [], [KthPrerequisites.CourseAdministrationTraining]),
            new("lararecs", "Lärare, datavetenskap", [new("RESULT_REPORTER", "CS")], CsCourses("REPORT"), [KthPrerequisites.ResultReporterTraining]),
            new("examcs", "Examinator, datavetenskap", [new("EXAMINER", "CS")], CsCourses("ATTEST"), [KthPrerequisites.ExaminerTraining]),
            new("nyanst", "Nyanställd", [], [], []),
        ],
    };

    private static DemoTraining Online(string code, string nameSv, string nameEn, string profile) =>
        new(code, nameSv, nameEn, profile, null,
            [new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 6, 30, 17, 0, 0, TimeSpan.FromHours(2)),
                "Canvas (online)", 500)]);

    private static List<DemoCourseRight> CsCourses(string kind) => CsCourseCodes.Select(code => new DemoCourseRight(kind, code)).ToList();

    private static DemoCourse Course(string code, string nameSv, string nameEn, string department, decimal credits, string scale,
        IReadOnlyList<DemoOffering> offerings, params DemoModule[] modules) =>
        new(code, nameSv, nameEn, department, "FirstCycle", credits, scale, "HT2025", modules, offerings);

    private static DemoModule Module(string code, string nameSv, string nameEn, decimal credits, string scale) =>
        new(code, nameSv, nameEn, credits, scale);
}
