using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.ThrowingResultRule;

/// <summary>
/// Serves any university. Its rule throws when a result whose project title contains
/// <c>[throw]</c> is attested; marking it ready passes, so a test can get it that far.
/// </summary>
public sealed class ThrowingResultRulePlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder) => builder.AddResultRule(new ThrowingRule());

    private sealed class ThrowingRule : IResultRule
    {
        public IEnumerable<ResultRefusal> Check(ResultToCheck result) =>
            result.Step == ResultStep.Attest && result.ProjectTitle?.Contains("[throw]", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("the fixture's result rule is broken on purpose")
                : [];
    }
}
