using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.Throwing;

public sealed class ThrowingPlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder) =>
        throw new InvalidOperationException("the fixture's configuration is broken on purpose");
}
