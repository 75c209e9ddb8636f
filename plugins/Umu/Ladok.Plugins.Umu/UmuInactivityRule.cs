using System.Globalization;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Umu;

/// <summary>
/// Umeå's inactivity rule, from the page "Om Ladok" (Studentcentrum, 2023-04-18): a student is
/// inactive after five years in a row without a registration or a grade. Before 1988 that rule
/// decided who was purged from the register and kept only on microfiche at Studentcentrum; results
/// are never purged now, so the rule only says whom to follow up.
/// </summary>
public sealed class UmuInactivityRule(int years = UmuInactivityRule.DefaultYears) : IInactivityRule
{
    public const int DefaultYears = 5;

    /// <summary>Students inactive before this day met the purge rule of the seed page ("före 1988").</summary>
    private static readonly DateOnly PurgeRuleEnded = new(1988, 1, 1);

    public string Description => $"Umeå: neither registered nor given a grade for {years} years in a row.";

    public Inactivity? Assess(StudentActivity student, DateOnly today)
    {
        if (student.LastActivity is not { } last) return new Inactivity(null, "Never registered and never given a grade.");

        var since = last.AddYears(years);
        if (since > today) return null;

        var reason = $"No registration or grade since {last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {years} years in a row.";
        return new Inactivity(since, since < PurgeRuleEnded
            ? reason + " Before 1988 this purged a student from the register; such records are on microfiche at Studentcentrum."
            : reason);
    }
}
