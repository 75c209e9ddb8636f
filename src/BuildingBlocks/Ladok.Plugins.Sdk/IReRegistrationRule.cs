namespace Ladok.Plugins.Sdk;

/// <summary>
/// Extension point (since SDK 1.5): the university's own rule on re-registration (omregistrering,
/// OM), where the rules leave it to the university, such as whether a student may be re-registered
/// on a course while an earlier registration on it is still open. The product's own rules come first
/// (an OM needs an earlier registration on the course); the rule is then asked about the
/// re-registration and answers with refusals. Any refusal stops the registration and nothing is
/// stored. A rule cannot write: it gets a copy and nothing else.
/// </summary>
/// <remarks>
/// The host calls <see cref="Check"/> once per re-registration, on a thread of its own, within a
/// time-out (5 s). An exception, or no answer in time, fails the registration with
/// <c>PLUGIN_FAILURE</c> naming the plugin. Keep it a pure function of its input.
/// </remarks>
/// <example>
/// <code>
/// builder.AddReRegistrationRule(new NoRepeatWhileOpen());   // in ILadokPlugin.Configure
///
/// public sealed class NoRepeatWhileOpen : IReRegistrationRule
/// {
///     public IEnumerable&lt;RegistrationRefusal&gt; Check(ReRegistrationToCheck registration)
///     {
///         if (registration.Earlier.Any(e =&gt; e.Status is ParticipationStatus.NotStarted or ParticipationStatus.Ongoing or ParticipationStatus.OnBreak))
///         {
///             yield return new RegistrationRefusal("OPEN_REGISTRATION", "The student's earlier registration on the course is still open.");
///         }
///     }
/// }
/// </code>
/// </example>
public interface IReRegistrationRule
{
    /// <summary>The rule's refusals of <paramref name="registration"/>; none when the student may be re-registered.</summary>
    IEnumerable<RegistrationRefusal> Check(ReRegistrationToCheck registration);
}

/// <summary>
/// A re-registration (OM) as a rule sees it (since SDK 1.5). Grows with minor SDK versions, so
/// construct it with property initialisers in a plugin's own tests.
/// </summary>
public sealed record ReRegistrationToCheck
{
    /// <summary>The user id of the study administrator registering the student.</summary>
    public string By { get; init; } = "";

    /// <summary>Today's date where the university is.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The student's id.</summary>
    public Guid StudentId { get; init; }

    /// <summary>The course code, such as <c>5DV001</c>.</summary>
    public string CourseCode { get; init; } = "";

    /// <summary>The offering's code (kurstillfälleskod) the student is to be registered on.</summary>
    public string OfferingCode { get; init; } = "";

    /// <summary>The term registered for, such as <c>VT2026</c>.</summary>
    public string Term { get; init; } = "";

    /// <summary>The student's earlier registrations on the course (any offering of any of its versions), oldest first.</summary>
    public IReadOnlyList<EarlierRegistration> Earlier { get; init; } = [];
}

/// <summary>An earlier registration on the course (since SDK 1.5).</summary>
public sealed record EarlierRegistration
{
    /// <summary>The offering's code.</summary>
    public string OfferingCode { get; init; } = "";

    /// <summary>The term registered for, such as <c>HT2025</c>.</summary>
    public string Term { get; init; } = "";

    /// <summary>First-time (FFG), continuation (FO) or re-registration (OM).</summary>
    public RegistrationType Type { get; init; }

    /// <summary>Where the student stands on it today.</summary>
    public ParticipationStatus Status { get; init; }

    /// <summary>The offering's first day.</summary>
    public DateOnly StartDate { get; init; }

    /// <summary>The offering's last day.</summary>
    public DateOnly EndDate { get; init; }
}

/// <summary>Registreringstyp (since SDK 1.5).</summary>
public enum RegistrationType
{
    /// <summary>FFG: the first registration on the course.</summary>
    FirstTime,

    /// <summary>FO: the next term of the same offering.</summary>
    Continuation,

    /// <summary>OM: a registration on a course registered on before; not funded.</summary>
    Repeat,
}

/// <summary>Deltagandestatus on an earlier registration, as the GraphQL <c>ParticipationState</c> (since SDK 1.5).</summary>
public enum ParticipationStatus
{
    /// <summary>Ej påbörjad: the offering has not started.</summary>
    NotStarted,

    /// <summary>Pågående: the offering runs.</summary>
    Ongoing,

    /// <summary>Registrerad: the offering has ended and the course is not completed.</summary>
    Registered,

    /// <summary>Avklarad: a passing course grade is in force.</summary>
    Completed,

    /// <summary>Avbrott: the student dropped out.</summary>
    Dropout,

    /// <summary>The registration was withdrawn before the offering started.</summary>
    Withdrawn,

    /// <summary>Uppehåll: a study break covers today.</summary>
    OnBreak,
}

/// <summary>
/// A rule's no (since SDK 1.5). The caller sees it as a <c>VALIDATION</c> error with the reason <c>PLUGIN_RULE</c> on the
/// registration's <c>kind</c> whose <c>rule</c> names the plugin and <paramref name="Code"/>. Since SDK 1.6 a refusal may
/// speak both of the API's languages: <paramref name="Message"/> in Swedish and <see cref="EnglishMessage"/> in English.
/// </summary>
/// <param name="Code">The plugin's own code for the rule, stable, such as <c>OPEN_REGISTRATION</c>; 1–50 characters.</param>
/// <param name="Message">
/// A sentence for the study administrator saying why and what to do: in Swedish when <see cref="EnglishMessage"/> is given,
/// otherwise shown in both languages as it is (the form before SDK 1.6).
/// </param>
public sealed record RegistrationRefusal(string Code, string Message)
{
    /// <summary>The sentence in English, for callers that ask for English (since SDK 1.6); null to show <see cref="Message"/> to everyone.</summary>
    public string? EnglishMessage { get; init; }
}
