using System.Collections.Concurrent;
using Ladok.Plugins.Sdk;

namespace Ladok.Plugins.Fixtures.Subscribers;

/// <summary>Serves any university; four subscribers to attested results, each behaving differently, and one to the Catalogue's funding changes.</summary>
public sealed class SubscribersPlugin : ILadokPlugin
{
    public void Configure(IPluginBuilder builder)
    {
        builder.AddEventSubscriber(new WellBehavedSubscriber());
        builder.AddEventSubscriber(new AlwaysFailingSubscriber());
        builder.AddEventSubscriber(new FailingThreeTimesSubscriber());
        builder.AddEventSubscriber(new HangingSubscriber());
        builder.AddEventSubscriber(new FundingFollower());
    }
}

/// <summary>
/// Counts, per event id, how often it was called and how often it succeeded. Tests read the counts
/// through reflection, since this type lives in the plugin's own load context.
/// </summary>
public abstract class CountingSubscriber : IEventSubscriber
{
    private readonly ConcurrentDictionary<Guid, int> calls = new();
    private readonly ConcurrentDictionary<Guid, int> successes = new();
    private readonly ConcurrentDictionary<Guid, string> payloads = new();

    public abstract string Name { get; }

    public virtual IReadOnlyList<string> Events => [EventNames.ResultAttested];

    public int Calls(Guid eventId) => calls.GetValueOrDefault(eventId);

    public int Successes(Guid eventId) => successes.GetValueOrDefault(eventId);

    /// <summary>The payload of an event it took, as JSON text.</summary>
    public string? Payload(Guid eventId) => payloads.GetValueOrDefault(eventId);

    public async Task HandleAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var callNumber = calls.AddOrUpdate(integrationEvent.Id, 1, (_, n) => n + 1);
        await BehaveAsync(callNumber, cancellationToken);
        payloads[integrationEvent.Id] = integrationEvent.Payload.GetRawText();
        successes.AddOrUpdate(integrationEvent.Id, 1, (_, n) => n + 1);
    }

    /// <summary>What it does on its <paramref name="callNumber"/>th call for one event; returning is success.</summary>
    protected abstract Task BehaveAsync(int callNumber, CancellationToken cancellationToken);
}

/// <summary>Takes every event at once.</summary>
public sealed class WellBehavedSubscriber : CountingSubscriber
{
    public override string Name => "well-behaved";

    protected override Task BehaveAsync(int callNumber, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>A local system that keeps a copy of the courses' financing: takes the Catalogue's event at once.</summary>
public sealed class FundingFollower : CountingSubscriber
{
    public override string Name => "funding-follower";

    public override IReadOnlyList<string> Events => [EventNames.CourseFundingChanged];

    protected override Task BehaveAsync(int callNumber, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Fixture (f): throws inside the event subscriber, every time.</summary>
public sealed class AlwaysFailingSubscriber : CountingSubscriber
{
    public override string Name => "always-fails";

    protected override Task BehaveAsync(int callNumber, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The local system is down (on purpose).");
}

/// <summary>A local system that is down for the first three calls of each event and then back.</summary>
public sealed class FailingThreeTimesSubscriber : CountingSubscriber
{
    public override string Name => "fails-three-times";

    protected override Task BehaveAsync(int callNumber, CancellationToken cancellationToken) =>
        callNumber <= 3 ? throw new InvalidOperationException($"The local system is down (call {callNumber}).") : Task.CompletedTask;
}

/// <summary>Never finishes and ignores cancellation: only the host's time-out ends its delivery.</summary>
public sealed class HangingSubscriber : CountingSubscriber
{
    private readonly TaskCompletionSource never = new();

    public override string Name => "hangs";

    protected override Task BehaveAsync(int callNumber, CancellationToken cancellationToken) => never.Task;
}
