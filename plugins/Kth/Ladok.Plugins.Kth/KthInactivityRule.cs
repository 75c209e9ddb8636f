using System.Globalization;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Kth;

/// <summary>
/// KTH's inactivity rule, an assumption built on KTH's published rules on study breaks (sources in
/// the README): an approved study break (studieuppehåll) keeps the student's place, and without one
/// there is no right to resume. So a student counts as inactive after a year (an autumn and a
/// spring term) without a registration, unless a study break runs today. Results do not count:
/// an examination on a course begun earlier is allowed during a break and keeps no place. KTH
/// publishes no number of terms; the year is this plugin's choice.
/// </summary>
public sealed class KthInactivityRule : IInactivityRule
{
    public string Description => "KTH: not registered for a year (two terms in a row) and no approved study break running; results do not count.";

    public Inactivity? Assess(StudentActivity student, DateOnly today)
    {
        if (student.BreakEnds >= today) return null;
        if (student.LastRegistered is not { } registered)
        {
            return new Inactivity(null, "Never registered at KTH.");
        }

        var since = registered.AddYears(1);
        if (student.BreakEnds is { } breakEnded && breakEnded.AddDays(1) > since) since = breakEnded.AddDays(1);
        if (since > today) return null;

        return new Inactivity(since, student.BreakEnds is { } ended && ended >= registered
            ? $"Study break ended {Iso(ended)}; not registered since {Iso(registered)}."
            : $"Not registered since {Iso(registered)}: two terms in a row without registration or approved study break.");
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
