namespace Ladok.Plugins.Sdk;

/// <summary>
/// The university's inactivity rule (since SDK 1.4): which students count as inactive, since when
/// and why. What "inactive" means is each university's own decision; the built-in report
/// <c>inactive-students</c> applies the rule of the university the host serves to every student.
/// The rule only decides: it reads nothing and writes nothing. An exception it throws, or an answer
/// that does not come in time, fails only that report, as <c>PLUGIN_FAILURE</c> naming the plugin.
/// </summary>
/// <example>
/// <code>
/// builder.AddInactivityRule(new FiveYearsRule());   // in ILadokPlugin.Configure
///
/// public sealed class FiveYearsRule : IInactivityRule
/// {
///     public string Description =&gt; "Neither registered nor examined for five years in a row.";
///
///     public Inactivity? Assess(StudentActivity student, DateOnly today)
///     {
///         var last = student.LastActivity;
///         if (last is null) return new Inactivity(null, "Never registered or examined.");
///         return last.Value.AddYears(5) &lt;= today ? new Inactivity(last.Value.AddYears(5), "No registration or result for five years.") : null;
///     }
/// }
/// </code>
/// </example>
public interface IInactivityRule
{
    /// <summary>The rule in a sentence for administrators; <c>reports</c> shows it as the report's description.</summary>
    string Description { get; }

    /// <summary>
    /// Whether <paramref name="student"/> is inactive on <paramref name="today"/> (the date where the
    /// university is): null when active, otherwise since when and why. Called once per student in
    /// the register, so keep it quick and free of I/O.
    /// </summary>
    Inactivity? Assess(StudentActivity student, DateOnly today);
}

/// <summary>A student's inactivity as the university's rule sees it (since SDK 1.4).</summary>
/// <param name="Since">The first day the student counts as inactive; null when the student has never been active.</param>
/// <param name="Reason">Why, in a sentence an administrator can act on, such as "No registration or result since 2019-08-26".</param>
public sealed record Inactivity(DateOnly? Since, string Reason);
