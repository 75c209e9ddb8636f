using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.ReRegistrationRule;

/// <summary>
/// A re-registration rule that refuses an OM on 5DV003, naming the earlier registrations it was shown, so a test sees
/// both the typed refusal and what the rule was given.
/// </summary>
public sealed class ReRegistrationRulePlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder) => builder.AddReRegistrationRule(new ClosedCourse());

    private sealed class ClosedCourse : IReRegistrationRule
    {
        public IEnumerable<RegistrationRefusal> Check(ReRegistrationToCheck registration)
        {
            if (registration.CourseCode == "5DV003")
            {
                var earlier = string.Join(", ", registration.Earlier.Select(e => $"{e.OfferingCode} {e.Term} {e.Type}"));
                yield return new RegistrationRefusal("CLOSED_FOR_REPEAT", $"5DV003 takes no re-registrations (earlier: {earlier}).");
            }
        }
    }
}
