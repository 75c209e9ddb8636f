using System.Globalization;
using System.Runtime.CompilerServices;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Umu;

/// <summary>
/// Umeå's inactivity rule (<see cref="UmuInactivityRule"/>) with a number of years of the caller's
/// choosing, to see who would count as inactive under a stricter or looser rule. The built-in
/// <c>inactive-students</c> applies the rule as it stands; this report keeps its name and columns
/// from SDK 1.3 for those who already run it.
/// </summary>
public sealed class UmuInactiveStudentsReport : IUniversityReport
{
    public string Name => "umu-inactive-students";

    public string Title => "Inaktiva studenter (Umeå)";

    public string Description =>
        "Umeå's inactivity rule with the number of years you choose (five by default), by identity number; inactive-students applies the rule as it stands.";

    public IReadOnlyList<ReportParameter> Parameters { get; } =
        [new("years", $"Years without registration or result ({UmuInactivityRule.DefaultYears} by default).", Required: false)];

    public IReadOnlyList<ReportColumnDefinition> Columns { get; } =
    [
        new("identity_number", "Personnummer or samordningsnummer, twelve digits."),
        new("name", "First and last name."),
        new("last_activity", "The later of the last registration and the last examination, ISO 8601; empty if never active."),
    ];

    public async IAsyncEnumerable<IReadOnlyList<string>> RunAsync(ReportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rule = new UmuInactivityRule(
            request.Parameters.TryGetValue("years", out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
                : UmuInactivityRule.DefaultYears);
        await foreach (var student in request.Data.StudentActivityAsync(cancellationToken))
        {
            if (rule.Assess(student, request.Today) is not null)
            {
                yield return [student.IdentityNumber, student.Name, student.LastActivity?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""];
            }
        }
    }
}
