using System.Text.Json;

namespace Ladok.Plugins.Sdk;

/// <summary>
/// A subscriber to integration events (since SDK 1.4): the facts a module tells after a change has
/// committed, such as an attested result, for example to tell a local system of the university.
/// The host gives each subscriber a delivery of its own from the module's outbox. Delivery is at
/// least once, after commit: the same event can come twice (after a crash or a time-out), so
/// de-duplicate by <see cref="IntegrationEvent.Id"/>. An exception, or not finishing within the
/// host's time-out (30 s by default), fails that delivery only: it is logged with the plugin's id,
/// retried with back-off (1 s, 2 s, 4 s, …) and, after the last attempt, parked for an operator, who
/// can send it again (<c>outbox retry</c>). The module's own subscribers and other plugins' never
/// wait for it, and the event is never lost.
/// </summary>
/// <example>
/// <code>
/// builder.AddEventSubscriber(new AttestedResultsToLocalSystem());   // in ILadokPlugin.Configure
///
/// public sealed class AttestedResultsToLocalSystem : IEventSubscriber
/// {
///     public string Name =&gt; "attested-results-to-local-system";
///     public IReadOnlyList&lt;string&gt; Events =&gt; [EventNames.ResultAttested];
///     public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
///     {
///         var grade = integrationEvent.Payload.GetProperty("grade").GetString();
///         await localSystem.SendAsync(integrationEvent.Id, grade, cancellationToken);   // keyed by the event's id
///     }
/// }
/// </code>
/// </example>
public interface IEventSubscriber
{
    /// <summary>
    /// Unique within the plugin: lower case letters, digits and dashes, such as <c>attested-results-to-local-system</c>.
    /// Delivery state is kept under it (with the plugin's id), so never rename it: a new name
    /// counts as a new subscriber, and the old one's parked deliveries stay behind.
    /// </summary>
    string Name { get; }

    /// <summary>The names of the events it wants, such as <see cref="EventNames.ResultAttested"/>; at least one.</summary>
    IReadOnlyList<string> Events { get; }

    /// <summary>
    /// Handles one event. Returning is success; throwing is a failure that is retried. Honour
    /// <paramref name="cancellationToken"/>: it is cancelled at the time-out and when the host stops.
    /// </summary>
    Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>One integration event as a plugin subscriber gets it (since SDK 1.4).</summary>
/// <example>
/// <code>
/// if (integrationEvent.Name == EventNames.ResultAttested &amp;&amp; integrationEvent.Payload.GetProperty("isPassing").GetBoolean())
/// {
///     var credits = integrationEvent.Payload.GetProperty("credits").GetDecimal();
/// }
/// </code>
/// </example>
/// <param name="Name">The event's name, such as <c>records.result-attested</c> (<see cref="EventNames"/>).</param>
/// <param name="Id">The event's id: the same on every redelivery, so de-duplicate by it.</param>
/// <param name="OccurredAt">When the module wrote the event (UTC), not when it is delivered.</param>
/// <param name="Attempt">1 on the first delivery to this subscriber, higher on retries.</param>
/// <param name="Payload">
/// The event's fields as a JSON object with camelCase names, documented per event in
/// <c>docs/plugins.md</c>. Fields are added in later versions, never renamed or removed, so read
/// the ones you need and ignore the rest. Since SDK 1.8 an event about a student carries the student's
/// <c>identityNumber</c> as it is when the event is delivered.
/// </param>
public sealed record IntegrationEvent(string Name, Guid Id, DateTimeOffset OccurredAt, int Attempt, JsonElement Payload);

/// <summary>
/// The names of the integration events a plugin can subscribe to (since SDK 1.4); their payloads
/// are in <c>docs/plugins.md</c>. A name is stored with every event and never changes.
/// </summary>
/// <example>
/// <code>
/// public IReadOnlyList&lt;string&gt; Events =&gt; [EventNames.ResultAttested, EventNames.ResultRemoved];
/// </code>
/// </example>
public static class EventNames
{
    /// <summary>A student was registered on a course offering.</summary>
    public const string RegistrationRecorded = "records.registration-recorded";

    /// <summary>A result was attested (a credit transfer too, once an attestant decided it): it now counts.</summary>
    public const string ResultAttested = "records.result-attested";

    /// <summary>An examiner attested the removal of an attested result: it no longer counts, but stays on record.</summary>
    public const string ResultRemoved = "records.result-removed";

    /// <summary>Studieavbrott on a course registration.</summary>
    public const string DropoutRecorded = "records.dropout-recorded";

    /// <summary>Studieavbrott from a programme; each course registration it reached has its own <see cref="DropoutRecorded"/>.</summary>
    public const string ProgrammeDropoutRecorded = "records.programme-dropout-recorded";

    /// <summary>Studieuppehåll on a course registration: its part of a programme's study break, or one recorded on it alone.</summary>
    public const string StudyBreakRecorded = "records.break-recorded";

    /// <summary>
    /// Studieuppehåll decided on a programme registration (since SDK 1.5); each course registration it reached has its own
    /// <see cref="StudyBreakRecorded"/>.
    /// </summary>
    public const string ProgrammeStudyBreakRecorded = "records.programme-break-recorded";

    /// <summary>A registration was removed before the offering started (återbud, if recorded before SDK 1.5); it never counted.</summary>
    public const string RegistrationWithdrawn = "records.registration-withdrawn";

    /// <summary>A student was registered on a programme.</summary>
    public const string ProgrammeRegistrationRecorded = "records.programme-registration-recorded";

    /// <summary>
    /// A student's identity number was replaced, such as a samordningsnummer by the personnummer (since SDK 1.5): follow it
    /// where you keep a copy.
    /// </summary>
    public const string StudentIdentityNumberChanged = "records.student-identity-number-changed";

    /// <summary>
    /// A course's financing form or educational areas changed in the Catalogue (since SDK 1.6): the funded figures of every period
    /// follow it.
    /// </summary>
    public const string CourseFundingChanged = "catalogue.course-funding-changed";

    /// <summary>A student's sign-up for an exam sitting (aktivitetstillfälle) was confirmed: they have a seat (since SDK 1.8).</summary>
    public const string ExamSignUpConfirmed = "records.exam-sign-up-confirmed";

    /// <summary>A student took back their sign-up for an exam sitting within its window; the seat is free again (since SDK 1.8).</summary>
    public const string ExamSignUpCancelled = "records.exam-sign-up-cancelled";
}
