namespace Ladok.Plugins.Sdk;

/// <summary>
/// Extension point (since SDK 1.4): a university's own rule on results, checked before a result
/// is marked ready (klarmarkerad) or attested (attesterad), after the product's own rules have
/// passed. It sees each result as the step would leave it and answers with refusals; any refusal
/// stops the whole call, so of many results marked ready or attested together none changes. A
/// rule cannot write: it gets a copy of the result and nothing else.
/// </summary>
/// <remarks>
/// The host calls <see cref="Check"/> once per result, on a thread of its own, for all the
/// results of one call within a time-out (<c>Plugins:ResultRuleTimeout</c>, 5 s by default). An
/// exception, or no answer in time, fails that call with <c>PLUGIN_FAILURE</c> naming the plugin
/// and stores nothing; a rule that hangs is left behind and the host goes on serving. Keep it a
/// pure function of its input.
/// </remarks>
/// <example>
/// <code>
/// builder.AddResultRule(new DegreeProjectTitleRule());   // in ILadokPlugin.Configure
///
/// public sealed class DegreeProjectTitleRule : IResultRule
/// {
///     public IEnumerable&lt;ResultRefusal&gt; Check(ResultToCheck result)
///     {
///         if (result.Step == ResultStep.Attest &amp;&amp; result.RequiresProjectTitle &amp;&amp; result.ProjectTitle is { Length: &lt; 10 })
///         {
///             yield return new ResultRefusal("TITLE_TOO_SHORT", "A degree project's title has at least ten characters.", ResultField.ProjectTitle);
///         }
///     }
/// }
/// </code>
/// </example>
public interface IResultRule
{
    /// <summary>The rule's refusals of <paramref name="result"/>; none when it may take the step.</summary>
    IEnumerable<ResultRefusal> Check(ResultToCheck result);
}

/// <summary>The step of the result workflow a rule is asked about (since SDK 1.4).</summary>
public enum ResultStep
{
    /// <summary>Klarmarkera: the reporter hands the result to the named examiners.</summary>
    Ready,

    /// <summary>Attestera: an examiner decides the result; from then on it counts and is never edited.</summary>
    Attest,
}

/// <summary>
/// A result as a rule sees it (since SDK 1.4): a copy, as the step would leave it. Grows with
/// minor SDK versions, so construct it with property initialisers in a plugin's own tests.
/// </summary>
public sealed record ResultToCheck
{
    /// <summary>The step about to be taken.</summary>
    public ResultStep Step { get; init; }

    /// <summary>The user id of whoever takes the step: the reporter marking ready, or the examiner attesting.</summary>
    public string By { get; init; } = "";

    /// <summary>Today's date where the university is.</summary>
    public DateOnly Today { get; init; }

    /// <summary>The result's id; stable for its life.</summary>
    public Guid ResultId { get; init; }

    /// <summary>The student's id.</summary>
    public Guid StudentId { get; init; }

    /// <summary>Twelve characters, <c>YYYYMMDDNNNC</c>, or an interim number.</summary>
    public string IdentityNumber { get; init; } = "";

    /// <summary>The student's first name.</summary>
    public string FirstName { get; init; } = "";

    /// <summary>The student's last name.</summary>
    public string LastName { get; init; } = "";

    /// <summary>The course code, such as <c>5DV001</c>.</summary>
    public string CourseCode { get; init; } = "";

    /// <summary>The number of the course version (utbildningsinstans) the result is on, 1 for the first.</summary>
    public int CourseVersion { get; init; }

    /// <summary>The module's code, such as <c>0001</c>; null for the course grade.</summary>
    public string? ModuleCode { get; init; }

    /// <summary>The credits (hp) of the module or course version.</summary>
    public decimal Credits { get; init; }

    /// <summary>The code of the grading scale, such as <c>U_G_VG</c> or a plugin's own <c>P_F</c>.</summary>
    public string GradingScaleCode { get; init; } = "";

    /// <summary>The grade's code on its scale, such as <c>VG</c>.</summary>
    public string Grade { get; init; } = "";

    /// <summary>Whether the grade passes (U, F and Fx do not).</summary>
    public bool IsPassing { get; init; }

    /// <summary>Examinationsdatum: the day the student completed the work.</summary>
    public DateOnly ExaminationDate { get; init; }

    /// <summary>The project title; null when none was given.</summary>
    public string? ProjectTitle { get; init; }

    /// <summary>Whether the course version is a degree project, whose results need a project title.</summary>
    public bool RequiresProjectTitle { get; init; }

    /// <summary>The examiners (user ids) named when the result was marked ready; one of them decides.</summary>
    public IReadOnlyList<string> Examiners { get; init; } = [];

    /// <summary>
    /// The offering (kurstillfälle) the student was registered on when examined (since SDK 1.8); null for a credit transfer
    /// (tillgodoräknande), which belongs to no offering.
    /// </summary>
    public ResultOffering? Offering { get; init; }

    /// <summary>
    /// The student's earlier attempts on the same module (or on the course grade when <see cref="ModuleCode"/> is null) of the same
    /// course code, in any version and offering (since SDK 1.8): every other result reported through the result workflow and
    /// attested, in force or since removed, by examination date. Credit transfers are not attempts and are left out.
    /// </summary>
    public IReadOnlyList<EarlierAttempt> EarlierAttempts { get; init; } = [];
}

/// <summary>The offering a result was examined on, as a rule sees it (since SDK 1.8).</summary>
/// <param name="Code">The offering's code (tillfälleskod), five characters such as <c>10001</c>.</param>
/// <param name="Term">The term it starts in, such as <c>HT2025</c>.</param>
/// <param name="StartDate">Its first day.</param>
/// <param name="EndDate">Its last day.</param>
public sealed record ResultOffering(string Code, string Term, DateOnly StartDate, DateOnly EndDate);

/// <summary>An attested result of the student on the same module, earlier than the one a rule is asked about (since SDK 1.8).</summary>
/// <param name="Grade">The grade's code, such as <c>U</c>.</param>
/// <param name="IsPassing">Whether it passed.</param>
/// <param name="ExaminationDate">The day the student completed the work.</param>
/// <param name="DecidedOn">The day it was attested, where the university is.</param>
/// <param name="OfferingCode">The offering it was examined on.</param>
/// <param name="IsRemoved">Whether its removal has since been attested: it no longer counts, but it was an attempt.</param>
public sealed record EarlierAttempt(string Grade, bool IsPassing, DateOnly ExaminationDate, DateOnly DecidedOn, string? OfferingCode, bool IsRemoved);

/// <summary>
/// A rule's no (since SDK 1.4). The caller sees it as a <c>VALIDATION</c> error with the reason <c>PLUGIN_RULE</c> whose
/// <c>rule</c> names the plugin and <paramref name="Code"/>, and whose path ends with the field. Since SDK 1.6 a refusal
/// may speak both of the API's languages: <paramref name="Message"/> in Swedish and <see cref="EnglishMessage"/> in English.
/// </summary>
/// <param name="Code">The plugin's own code for the rule, stable, such as <c>TITLE_TOO_SHORT</c>; 1–50 characters.</param>
/// <param name="Message">
/// A sentence for the reporter or examiner saying what to do: in Swedish when <see cref="EnglishMessage"/> is given, otherwise
/// shown in both languages as it is (the form before SDK 1.6).
/// </param>
/// <param name="Field">The part of the result it concerns, if one.</param>
public sealed record ResultRefusal(string Code, string Message, ResultField? Field = null)
{
    /// <summary>The sentence in English, for callers that ask for English (since SDK 1.6); null to show <see cref="Message"/> to everyone.</summary>
    public string? EnglishMessage { get; init; }
}

/// <summary>The part of a result a refusal concerns (since SDK 1.4); named as in the GraphQL <c>Result</c> type.</summary>
public enum ResultField
{
    /// <summary><c>grade</c></summary>
    Grade,

    /// <summary><c>examinationDate</c></summary>
    ExaminationDate,

    /// <summary><c>projectTitle</c></summary>
    ProjectTitle,

    /// <summary><c>examiners</c></summary>
    Examiners,
}
