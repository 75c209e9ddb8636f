using System.Net.Http.Json;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.DocExamples;

/// <summary>Registers every example of docs/plugins.md that Lund's plugin does not show, so each is compiled and configured.</summary>
public sealed class DocExamplesPlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        // <example:permission-profile>
        builder.AddPermissionProfile(new PermissionProfileDefinition("STUDY_COUNSELLOR", "Studievägledare", "Study counsellor",
            ["catalogue.read", "records.read"]));
        // </example:permission-profile>
        // <example:configure-1.5>
        builder.SetCreditTransferAttesters(CreditTransferAttesters.DepartmentAttestants);
        builder.AddReRegistrationRule(new NoRepeatWhileOpen());
        // </example:configure-1.5>
        // <example:configure-1.7>
        builder.AddRegistrationObstacleRule(new NoDistanceCoursesForNewcomers());
        builder.SetSelfWithdrawalPeriod(TimeSpan.FromDays(14));
        // </example:configure-1.7>
        builder.AddInactivityRule(new FiveYearsWithoutActivity());
        builder.AddEventSubscriber(new AttestedResultsToLocalSystem(new HttpClient { BaseAddress = new Uri("https://local.example/") }));
    }
}

// <example:inactivity-rule>
public sealed class FiveYearsWithoutActivity(int years = 5) : IInactivityRule
{
    public string Description => $"Neither registered nor given a grade for {years} years in a row.";

    public Inactivity? Assess(StudentActivity student, DateOnly today)
    {
        if (student.LastActivity is not { } last) return new Inactivity(null, "Never registered and never given a grade.");
        var since = last.AddYears(years);
        return since <= today ? new Inactivity(since, $"No registration or grade since {last:yyyy-MM-dd}.") : null;
    }
}
// </example:inactivity-rule>

// <example:event-subscriber>
public sealed class AttestedResultsToLocalSystem(HttpClient localSystem) : IEventSubscriber
{
    public string Name => "attested-results-to-local-system";

    public IReadOnlyList<string> Events => [EventNames.ResultAttested];

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var payload = integrationEvent.Payload;
        using var response = await localSystem.PostAsJsonAsync("results", new
        {
            id = integrationEvent.Id,                                        // the local system ignores an id it has seen
            student = payload.GetProperty("identityNumber").GetString(),     // since SDK 1.8
            course = payload.GetProperty("courseCode").GetString(),
            grade = payload.GetProperty("grade").GetString(),
            examined = payload.GetProperty("examinationDate").GetString(),
        }, cancellationToken);
        response.EnsureSuccessStatusCode();                                  // throwing means: try again later
    }
}
// </example:event-subscriber>

// <example:re-registration-rule>
public sealed class NoRepeatWhileOpen : IReRegistrationRule
{
    public IEnumerable<RegistrationRefusal> Check(ReRegistrationToCheck registration)
    {
        if (registration.Earlier.Any(e => e.Status is ParticipationStatus.NotStarted or ParticipationStatus.Ongoing or ParticipationStatus.OnBreak))
        {
            yield return new RegistrationRefusal("OPEN_REGISTRATION", "Studentens tidigare registrering på kursen är inte avslutad.")
            {
                EnglishMessage = "The student's earlier registration on the course is still open.",
            };
        }
    }
}
// </example:re-registration-rule>

// <example:registration-obstacle-rule>
public sealed class NoDistanceCoursesForNewcomers : IRegistrationObstacleRule
{
    public IEnumerable<RegistrationRefusal> Check(SelfRegistrationToCheck registration)
    {
        if (registration.StudyForm == "Distance" && registration.Type == RegistrationType.FirstTime)
        {
            yield return new RegistrationRefusal("INTRODUCTION_FIRST", "Gå introduktionen innan du registrerar dig.")
            {
                EnglishMessage = "Attend the introduction before you register.",
            };
        }
    }
}
// </example:registration-obstacle-rule>
