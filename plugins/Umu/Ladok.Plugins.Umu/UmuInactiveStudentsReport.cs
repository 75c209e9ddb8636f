using System.Globalization;
using System.Runtime.CompilerServices;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Umu;

/// <summary>
/// Umeå's inactivity rule as a report: students neither registered nor examined for at least
/// five years in a row (the rule that, before 1988, decided who was purged from the register and
/// kept only on microfiche). Results are never purged now; the list is for follow-up.
/// </summary>
public sealed class UmuInactiveStudentsReport : IUniversityReport
{
    private const int DefaultYears = 5;

    public string Name => "umu-inactive-students";

    public string Title => "Inaktiva studenter (Umeå)";

    public string Description => "Students neither registered nor examined for at least five years in a row (Umeå's inactivity rule), by identity number.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
        [new("years", $"Years without registration or result ({DefaultYears} by default).", Required: false)];

    public IReadOnlyList<ReportColumnDefinition> Columns { get; } =
    [
        new("identity_number", "Personnummer or samordningsnummer, twelve digits."),
        new("name", "First and last name."),
        new("last_activity", "The later of the last registration and the last examination, ISO 8601; empty if never active."),
    ];

    public async IAsyncEnumerable<IReadOnlyList<string>> RunAsync(ReportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var years = request.Parameters.TryGetValue("years", out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : DefaultYears;
        var activeSince = request.Today.AddYears(-years);
        await foreach (var student in request.Data.StudentActivityAsync(cancellationToken))
        {
            var last = Max(student.LastRegistered, student.LastExamined);
            if (last is null || last < activeSince)
            {
                yield return [student.IdentityNumber, student.Name, last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""];
            }
        }
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
