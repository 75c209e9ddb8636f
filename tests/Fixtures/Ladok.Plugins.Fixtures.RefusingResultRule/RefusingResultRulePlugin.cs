using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.RefusingResultRule;

/// <summary>
/// Serves any university. Its rule refuses a result whose project title contains
/// <c>[refuse ready]</c> when it is marked ready, or <c>[refuse attest]</c> when it is attested;
/// every other result passes, so it can sit beside the demo university's plugin in one host.
/// </summary>
public sealed class RefusingResultRulePlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder) => builder.AddResultRule(new MarkedTitleRule());

    private sealed class MarkedTitleRule : IResultRule
    {
        public IEnumerable<ResultRefusal> Check(ResultToCheck result)
        {
            var marker = result.Step == ResultStep.Ready ? "[refuse ready]" : "[refuse attest]";
            if (result.ProjectTitle?.Contains(marker, StringComparison.Ordinal) == true)
            {
                yield return new ResultRefusal("TITLE_MARKED", $"The project title says {marker}.", ResultField.ProjectTitle);
            }
        }
    }
}
