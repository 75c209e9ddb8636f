using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.HangingResultRule;

/// <summary>
/// Serves any university. Its rule never answers for a result whose project title contains
/// <c>[hang]</c>, at either step: it blocks its thread and ignores cancellation, the worst a
/// plugin can do.
/// </summary>
public sealed class HangingResultRulePlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder) => builder.AddResultRule(new HangingRule());

    private sealed class HangingRule : IResultRule
    {
        public IEnumerable<ResultRefusal> Check(ResultToCheck result)
        {
            if (result.ProjectTitle?.Contains("[hang]", StringComparison.Ordinal) == true) Thread.Sleep(Timeout.Infinite);
            return [];
        }
    }
}
