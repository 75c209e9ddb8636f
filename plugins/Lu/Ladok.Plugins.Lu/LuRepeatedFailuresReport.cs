using System.Globalization;
using System.Runtime.CompilerServices;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Lu;

/// <summary>
/// Students with more than <paramref name="listedAfter"/> failed attempts on one module (or course grade), named, for the study
/// counsellors: a student who fails the same examination three times is offered a talk. It reads every attested result (SDK 1.8),
/// module by module as they stream, so it counts results attested before the plugin was installed too. A removed result still
/// counts as an attempt; a credit transfer is no attempt.
/// </summary>
public sealed class LuRepeatedFailuresReport(int listedAfter = 2) : IUniversityReport
{
    public string Name => "lu-repeated-failures";

    public string Title => "Upprepade underkännanden (LU)";

    public string Description =>
        $"Students with more than {listedAfter} failed attempts on one module, with the number of attempts and the latest examination date.";

    public IReadOnlyList<ReportParameter> Parameters { get; } = [];

    public IReadOnlyList<ReportColumnDefinition> Columns { get; } =
    [
        new("identity_number", "Personnummer or samordningsnummer, twelve digits."),
        new("name", "First and last name."),
        new("course_code", "The course code."),
        new("module_code", "The module's code; empty for the course grade."),
        new("failed_attempts", "How many attested results on the module failed."),
        new("last_examined", "The examination date of the latest failed attempt, ISO 8601."),
    ];

    public async IAsyncEnumerable<IReadOnlyList<string>> RunAsync(ReportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Results come by course, module and student, so one student's attempts on one module are next to each other.
        (string Student, string Course, string? Module)? current = null;
        var failed = 0;
        ReportResult? latest = null;
        await foreach (var result in request.Data.ResultsAsync(cancellationToken))
        {
            if (result.IsCreditTransfer) continue;
            var key = (result.IdentityNumber, result.CourseCode, result.ModuleCode);
            if (current != key)
            {
                if (failed > listedAfter) yield return Row(latest!, failed);
                (current, failed, latest) = (key, 0, null);
            }
            if (!result.IsPassing) (failed, latest) = (failed + 1, result);
        }
        if (failed > listedAfter) yield return Row(latest!, failed);
    }

    private static string[] Row(ReportResult latest, int failed) =>
    [
        latest.IdentityNumber, latest.Name, latest.CourseCode, latest.ModuleCode ?? "", failed.ToString(CultureInfo.InvariantCulture),
        latest.ExaminationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];
}
