using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Kth;

/// <summary>
/// "För att få behörighet i Ladok måste du gå en användarutbildning" (KTH intranet, Ladok,
/// "Användarutbildningar"): each permission at KTH needs its own web-based user training in Canvas,
/// with theoretical and practical tests. The ones for teachers are "KTH - Resultatrapportör lärare"
/// and "KTH - Examinator"; study administrators take "KTH - Kursadministration".
/// </summary>
public sealed class KthPrerequisites : IPermissionPrerequisites
{
    public const string ResultReporterTraining = "KTH-RESULTATRAPPORTOR";

    public const string ExaminerTraining = "KTH-EXAMINATOR";

    public const string CourseAdministrationTraining = "KTH-KURSADMINISTRATION";

    public IReadOnlyList<string> RequiredTrainingCodes(string profileCode) => profileCode switch
    {
        "RESULT_REPORTER" => [ResultReporterTraining],
        "EXAMINER" => [ExaminerTraining],
        "STUDY_ADMINISTRATOR" => [CourseAdministrationTraining],
        _ => [],
    };
}
