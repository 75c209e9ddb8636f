using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Umu;

/// <summary>A small Umeå University for demos and tests: two faculties' worth of departments, a dozen courses.</summary>
internal static class UmuDemoData
{
    // Static fields initialise in order: everything University uses comes first.
    private static readonly string[] DvCourseCodes = ["5DV001", "5DV002", "5DV003", "5DV004", "5DV005", "5DV006", "5DV007"];

    // Study periods of HT2025 and VT2026, each term split in two halves.
    private static readonly DemoOffering[] FirstHalves =
    [
        new("10001", "HT2025", new(2025, 9, 1), new(2025, 11, 2), 100),
        new("20001", "VT2026", new(2026, 1, 19), new(2026, 3, 22), 100),
    ];

    private static readonly DemoOffering[] SecondHalves =
    [
        new("10002", "HT2025", new(2025, 11, 3), new(2026, 1, 18), 100),
        new("20002", "VT2026", new(2026, 3, 23), new(2026, 6, 7), 100),
    ];

    private static readonly DemoOffering[] WholeTermsHalfPace =
    [
        new("10003", "HT2025", new(2025, 9, 1), new(2026, 1, 18), 50),
        new("20003", "VT2026", new(2026, 1, 19), new(2026, 6, 7), 50),
    ];

    // 5DV005 also runs over the whole year at quarter pace: a multi-term offering, FFG in HT2025 and FO in VT2026.
    private static readonly DemoOffering[] WholeTermsAndWholeYear =
    [
        .. WholeTermsHalfPace,
        new("10004", "HT2025", new(2025, 9, 1), new(2026, 6, 7), 25),
    ];

    public static DemoUniversity University { get; } = new(
        [
            new("UMU", "Umeå universitet", "Umeå University", DemoUnitKind.University, null),
            new("TEKNAT", "Teknisk-naturvetenskaplig fakultet", "Faculty of Science and Technology", DemoUnitKind.Faculty, "UMU"),
            new("DV", "Institutionen för datavetenskap", "Department of Computing Science", DemoUnitKind.Department, "TEKNAT"),
            new("MA", "Institutionen för matematik och matematisk statistik", "Department of Mathematics and Mathematical Statistics",
                DemoUnitKind.Department, "TEKNAT"),
            new("FY", "Institutionen för fysik", "Department of Physics", DemoUnitKind.Department, "TEKNAT"),
        ],
        [
            Course("5DV001", "Introduktion till programmering", "Introduction to Programming", "DV", 7.5m, "U_G_VG", FirstHalves,
                Module("0001", "Teori", "Theory", 4.5m, "U_G_VG"), Module("0002", "Laborationer", "Laboratory work", 3m, "U_G")),
            Course("5DV002", "Datastrukturer och algoritmer", "Data Structures and Algorithms", "DV", 7.5m, "U_3_4_5", SecondHalves,
                Module("0001", "Tentamen", "Written examination", 6m, "U_3_4_5"), Module("0002", "Obligatoriska uppgifter", "Assignments", 1.5m, "U_G")),
            Course("5DV003", "Databasteknik", "Database Technology", "DV", 7.5m, "U_G_VG", FirstHalves,
                Module("0001", "Teori", "Theory", 5m, "U_G_VG"), Module("0002", "Projekt", "Project", 2.5m, "U_G")),
            Course("5DV004", "Operativsystem", "Operating Systems", "DV", 7.5m, "U_3_4_5", SecondHalves,
                Module("0001", "Tentamen", "Written examination", 4.5m, "U_3_4_5"), Module("0002", "Laborationer", "Laboratory work", 3m, "U_G")),
            Course("5DV005", "Programvaruutveckling", "Software Engineering", "DV", 15m, "U_G_VG", WholeTermsAndWholeYear,
                Module("0001", "Teori", "Theory", 6m, "U_G_VG"), Module("0002", "Projekt", "Project", 7.5m, "U_G_VG"),
                Module("0003", "Seminarier", "Seminars", 1.5m, "U_G")),
            Course("5DV006", "Examensarbete i datavetenskap", "Degree Project in Computing Science", "DV", 15m, "U_G",
                WholeTermsHalfPace) with { RequiresProjectTitle = true },
            Course("5DV007", "Maskininlärning", "Machine Learning", "DV", 7.5m, "A_F", FirstHalves,
                Module("0001", "Tentamen", "Written examination", 4.5m, "A_F"), Module("0002", "Projekt", "Project", 3m, "U_G")) with { Level = "SecondCycle" },
            Course("5MA001", "Envariabelanalys 1", "Single Variable Calculus 1", "MA", 7.5m, "U_3_4_5", FirstHalves,
                Module("0001", "Tentamen", "Written examination", 6m, "U_3_4_5"), Module("0002", "Inlämningsuppgifter", "Hand-in assignments", 1.5m, "U_G")),
            Course("5MA002", "Linjär algebra", "Linear Algebra", "MA", 7.5m, "U_3_4_5", SecondHalves,
                Module("0001", "Tentamen", "Written examination", 7.5m, "U_3_4_5")),
            Course("5MA003", "Diskret matematik", "Discrete Mathematics", "MA", 7.5m, "U_G_VG", FirstHalves,
                Module("0001", "Tentamen", "Written examination", 7.5m, "U_G_VG")),
            Course("5MS001", "Sannolikhetsteori", "Probability Theory", "MA", 7.5m, "U_G_VG", SecondHalves,
                Module("0001", "Tentamen", "Written examination", 6m, "U_G_VG"), Module("0002", "Datorlaborationer", "Computer labs", 1.5m, "U_G")),
            // Given as contract education (uppdragsutbildning), bought by an employer for its engineers: never in the funded figures.
            Course("5FY001", "Mekanik", "Mechanics", "FY", 7.5m, "U_3_4_5", FirstHalves,
                Module("0001", "Tentamen", "Written examination", 6m, "U_3_4_5"), Module("0002", "Laborationer", "Laboratory work", 1.5m, "U_G"))
                with { FinancingForm = "ContractEducation" },
        ],
        [
            new("TKDAT", "Kandidatprogram i datavetenskap", "Bachelor's Programme in Computing Science", 180m, "DV",
                ["5DV001", "5DV002", "5DV003", "5DV004", "5DV005", "5DV006", "5MA001", "5MA002", "5MA003"]),
        ])
    {
        Trainings =
        [
            new(UmuPrerequisites.IntroductoryMeeting, "Introducerande träff för studieadministratörer", "Introductory meeting for study administrators",
                "STUDY_ADMINISTRATOR", null,
                [
                    new(At(2026, 12, 10, 9), At(2026, 12, 10, 12), "Studentcentrum, Umeå universitet", 20),
                    new(At(2027, 1, 21, 13), At(2027, 1, 21, 16), "Studentcentrum, Umeå universitet", 2),
                ]),
            new("RESULTAT-ELEARN", "Resultatrapportering och attestering i Ladok (e-learning)", "Reporting and attesting results in Ladok (e-learning)",
                "RESULT_REPORTER", 36,
                [new(At(2026, 12, 1, 8), At(2027, 6, 30, 17), "Online", 500)]),
        ],
        Users =
        [
            new("ladokadm", "Ladokgruppen, administratör", [new("ADMINISTRATOR", "UMU")], [], []),
            new("prefdv", "Prefekt, datavetenskap", [new("HEAD_OF_DEPARTMENT", "DV")], [], []),
            new("stadmdv", "Studieadministratör, datavetenskap", [new("STUDY_ADMINISTRATOR", "DV")], [], [UmuPrerequisites.IntroductoryMeeting]),
            new("stadmma", "Studieadministratör, matematik", [new("STUDY_ADMINISTRATOR", "MA")], [], [UmuPrerequisites.IntroductoryMeeting]),
            new("lararedv", "Lärare, datavetenskap", [new("RESULT_REPORTER", "DV")], DvCourses("REPORT"), ["RESULTAT-ELEARN"]),
            new("examdv", "Examinator, datavetenskap", [new("EXAMINER", "DV")], DvCourses("ATTEST"), ["RESULTAT-ELEARN"]),
            new("nyanst", "Nyanställd", [], [], []),
        ],
    };

    private static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(1));

    private static List<DemoCourseRight> DvCourses(string kind) => DvCourseCodes.Select(code => new DemoCourseRight(kind, code)).ToList();

    private static DemoCourse Course(string code, string nameSv, string nameEn, string department, decimal credits, string scale,
        IReadOnlyList<DemoOffering> offerings, params DemoModule[] modules) =>
        new(code, nameSv, nameEn, department, "FirstCycle", credits, scale, "HT2025", modules, offerings)
        {
            // Utbildningsområden: computing science half natural sciences, half technology; mathematics and physics natural sciences.
            EducationalAreas = department == "DV" ? [new("NaturalSciences", 0.5m), new("Technology", 0.5m)] : [new("NaturalSciences", 1m)],
            // SCB's subject groups (ämnesgrupper): datateknik, matematik, fysik.
            SubjectGroup = department switch { "DV" => "DA1", "MA" => "MA1", _ => "FY1" },
        };

    private static DemoModule Module(string code, string nameSv, string nameEn, decimal credits, string scale) =>
        new(code, nameSv, nameEn, credits, scale);
}
