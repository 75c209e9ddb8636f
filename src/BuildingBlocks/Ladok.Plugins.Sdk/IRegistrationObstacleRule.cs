namespace Ladok.Plugins.Sdk;

/// <summary>
/// Extension point (since SDK 1.7): the university's own obstacles (hinder) to a student registering themself on an offering
/// (<c>registerMyself</c>), beside the product's (not admitted, outside the registration window, already registered, the fee
/// not paid, suspended). The rule is asked once the student is known to be admitted; it answers with refusals, and any refusal
/// stops the registration with nothing stored. A study administrator's registration is not asked. A rule cannot write: it
/// gets a copy and nothing else.
/// </summary>
/// <remarks>
/// The host calls <see cref="Check"/> once per self-registration, on a thread of its own, within a time-out (5 s). An
/// exception, or no answer in time, fails the registration with <c>PLUGIN_FAILURE</c> naming the plugin. Keep it a pure
/// function of its input.
/// </remarks>
/// <example>
/// <code>
/// builder.AddRegistrationObstacleRule(new NoDistanceCoursesForNewcomers());   // in ILadokPlugin.Configure
///
/// public sealed class NoDistanceCoursesForNewcomers : IRegistrationObstacleRule
/// {
///     public IEnumerable&lt;RegistrationRefusal&gt; Check(SelfRegistrationToCheck registration)
///     {
///         if (registration.StudyForm == "Distance" &amp;&amp; registration.Type == RegistrationType.FirstTime)
///         {
///             yield return new RegistrationRefusal("INTRODUCTION_FIRST", "Gå introduktionen innan du registrerar dig.")
///             {
///                 EnglishMessage = "Attend the introduction before you register.",
///             };
///         }
///     }
/// }
/// </code>
/// </example>
public interface IRegistrationObstacleRule
{
    /// <summary>The rule's refusals of <paramref name="registration"/>; none when the student may register.</summary>
    IEnumerable<RegistrationRefusal> Check(SelfRegistrationToCheck registration);
}

/// <summary>
/// A student's registration of themself as an obstacle rule sees it (since SDK 1.7). Grows with minor SDK versions, so
/// construct it with property initialisers in a plugin's own tests.
/// </summary>
public sealed record SelfRegistrationToCheck
{
    /// <summary>Today's date where the university is.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The student's id.</summary>
    public Guid StudentId { get; init; }

    /// <summary>The course code, such as <c>5DV001</c>.</summary>
    public string CourseCode { get; init; } = "";

    /// <summary>The offering's code (kurstillfälleskod).</summary>
    public string OfferingCode { get; init; } = "";

    /// <summary>The term the student registers for, such as <c>VT2026</c>.</summary>
    public string Term { get; init; } = "";

    /// <summary>First-time (FFG) or continuation (FO); a student never re-registers (OM) themself.</summary>
    public RegistrationType Type { get; init; }

    /// <summary>Studieform: <c>Campus</c> or <c>Distance</c>.</summary>
    public string StudyForm { get; init; } = "Campus";

    /// <summary>The offering's first day.</summary>
    public DateOnly StartDate { get; init; }
}

/// <summary>
/// How long after an offering starts a student may withdraw themself (återbud) (since SDK 1.7), as the host hands the
/// university's choice to the modules.
/// </summary>
/// <param name="AfterStart">From the offering's first day; at least zero (before the start only) and at most a year.</param>
public sealed record SelfWithdrawalPeriod(TimeSpan AfterStart)
{
    /// <summary>
    /// Without a plugin's choice: three weeks, the time within which a student who leaves counts as never having started
    /// (tidigt avbrott, Ladok's registration rules), so withdrawing then changes no figure.
    /// </summary>
    public static SelfWithdrawalPeriod Default { get; } = new(TimeSpan.FromDays(21));
}
