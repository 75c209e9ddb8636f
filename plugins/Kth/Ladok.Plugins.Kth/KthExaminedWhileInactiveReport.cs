using System.Runtime.CompilerServices;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Kth;

/// <summary>
/// Students KTH's inactivity rule counts as inactive who were still examined in the last year:
/// they are finishing courses begun earlier without a registration, and are the ones KTH's process
/// for returning programme students ("Hantera återvändande programstudent") is for. A list for
/// study counsellors; at Umeå, where a grade counts as activity, these students are active.
/// </summary>
public sealed class KthExaminedWhileInactiveReport : IUniversityReport
{
    private readonly KthInactivityRule rule = new();

    public string Name => "kth-examined-while-inactive";

    public string Title => "Examinerade men inaktiva (KTH)";

    public string Description =>
        "Students inactive by KTH's rule (no registration for a year, no study break) who were examined in the last year: candidates for KTH's " +
        "process for returning students.";

    public IReadOnlyList<ReportParameter> Parameters { get; } = [];

    public IReadOnlyList<ReportColumnDefinition> Columns { get; } =
    [
        new("identity_number", "Personnummer or samordningsnummer, twelve digits."),
        new("name", "First and last name."),
        new("last_registered", "The day of the latest registration, ISO 8601; empty if never registered."),
        new("last_examined", "The latest examination date, ISO 8601: within the last year."),
    ];

    public async IAsyncEnumerable<IReadOnlyList<string>> RunAsync(ReportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var examinedFrom = request.Today.AddYears(-1);
        await foreach (var student in request.Data.StudentActivityAsync(cancellationToken))
        {
            if (student.LastExamined is { } examined && examined > examinedFrom && rule.Assess(student, request.Today) is not null)
            {
                yield return [
                    student.IdentityNumber, student.Name, student.LastRegistered is { } r ? KthInactivityRule.Iso(r) : "", KthInactivityRule.Iso(examined)];
            }
        }
    }
}
