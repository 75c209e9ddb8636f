using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ladok.Kernel.Diagnostics;
using Ladok.Kernel.Events;

namespace Ladok.Host.Observability;

/// <summary>
/// Each module's outbox backlog as observable gauges, tagged with <c>ladok.module</c>:
/// <c>ladok.outbox.pending</c>, <c>ladok.outbox.oldest_pending_age</c> and <c>ladok.outbox.parked</c>.
/// A collection (a Prometheus scrape, an OTLP export) reads the last figures and, when they are
/// older than <c>Observability:OutboxBacklogRefresh</c>, starts reading the tables again in the
/// background: a scrape never waits for the database, and however often it comes the outboxes are
/// read at most once per interval. The figures are therefore up to one interval (plus one
/// collection) old, and absent until the first reading has finished. The outboxes are resolved at
/// the first reading: the gauges exist from start-up, before the database does.
/// </summary>
internal sealed class OutboxBacklogGauges
{
    private readonly Lazy<IEnumerable<IOutboxAdministration>> outboxes;
    private readonly TimeProvider clock;
    private readonly TimeSpan refresh;
    private readonly ILogger<OutboxBacklogGauges> logger;
    private readonly Lock gate = new();
    private IReadOnlyList<OutboxBacklog> last = [];
    private DateTimeOffset readAt = DateTimeOffset.MinValue;
    private bool reading;

    public OutboxBacklogGauges(
        Lazy<IEnumerable<IOutboxAdministration>> outboxes, IMeterFactory meters, TimeProvider clock, TimeSpan refresh, ILogger<OutboxBacklogGauges> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        this.outboxes = outboxes;
        this.clock = clock;
        this.refresh = refresh;
        this.logger = logger;
        // The host's own meter, disposed with the host, so the callbacks never outlive the outboxes they read.
        var meter = meters.Create(LadokTelemetry.Name);
        meter.CreateObservableGauge("ladok.outbox.pending", () => Measure(b => b.Pending), "{message}",
            "Integration events written but not yet delivered to every subscriber, per module.");
        meter.CreateObservableGauge("ladok.outbox.oldest_pending_age", () => Measure(Age), "s",
            "How long the oldest undelivered integration event had waited at the last reading, per module (0 when none waits).");
        meter.CreateObservableGauge("ladok.outbox.parked", () => Measure(b => b.Parked), "{delivery}",
            "Deliveries the dispatcher gave up on, waiting for `outbox retry`, per module.");
    }

    private IEnumerable<Measurement<double>> Measure(Func<OutboxBacklog, double> figure)
    {
        IReadOnlyList<OutboxBacklog> backlogs;
        lock (gate)
        {
            backlogs = last;
            if (!reading && clock.GetUtcNow() - readAt >= refresh)
            {
                reading = true;
                _ = Task.Run(ReadAsync);
            }
        }
        return backlogs.Select(b => new Measurement<double>(figure(b), new KeyValuePair<string, object?>("ladok.module", b.Module)));
    }

    private double Age(OutboxBacklog backlog) =>
        backlog.OldestPendingAt is { } oldest ? Math.Max(0, (readAt - oldest).TotalSeconds) : 0;

    private async Task ReadAsync()
    {
        try
        {
            // Not part of any request's trace: the readings are the gauges' own business.
            using var quiet = SuppressedTrace();
            var backlogs = new List<OutboxBacklog>();
            foreach (var outbox in outboxes.Value) backlogs.Add(await outbox.BacklogAsync(CancellationToken.None));
            lock (gate)
            {
                last = backlogs;
                readAt = clock.GetUtcNow();
            }
        }
#pragma warning disable CA1031 // A database that is down shows as stale gauges and a warning, never as a failed scrape.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger.LogWarning(e, "Reading the outbox backlog for the metrics failed; the last figures stay until the next reading");
        }
        finally
        {
            lock (gate) reading = false;
        }
    }

    private static ActivityScope SuppressedTrace()
    {
        var current = Activity.Current;
        Activity.Current = null;
        return new ActivityScope(current);
    }

    private readonly struct ActivityScope(Activity? previous) : IDisposable
    {
        public void Dispose() => Activity.Current = previous;
    }
}
