using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ladok.Kernel.Diagnostics;
using Ladok.Kernel.Events;

namespace Ladok.Host.Observability;

/// <summary>
/// Each module's outbox backlog as observable gauges, tagged with <c>ladok.module</c> and the database
/// (<c>db.namespace</c>; hosts sharing one database report the same figures):
/// <c>ladok.outbox.pending</c>, <c>ladok.outbox.oldest_pending_age</c> and <c>ladok.outbox.parked</c>.
/// A collection (a Prometheus scrape, an OTLP export) reads the last figures and, when they are
/// older than <c>Observability:OutboxBacklogRefresh</c>, starts reading the tables again in the
/// background: a scrape never waits for the database, and however often it comes the outboxes are
/// read at most once per interval. The figures are therefore up to one interval (plus one
/// collection) old, and absent until the first reading has finished. The outboxes are resolved at
/// the first reading: the gauges exist from start-up, before the database does.
/// </summary>
/// <remarks>
/// The gauges are the process's, on its one Ladok meter, and read every live host's figures. With a meter per host,
/// OpenTelemetry joined a later host's gauges to an earlier host's of the same name in a process that runs several
/// hosts (the test suite), and lost them when that host was disposed. A deployed process has one host.
/// </remarks>
internal sealed class OutboxBacklogGauges : IDisposable
{
    private static readonly ConcurrentDictionary<OutboxBacklogGauges, byte> Live = new();

    static OutboxBacklogGauges()
    {
        LadokTelemetry.Meter.CreateObservableGauge("ladok.outbox.pending", () => MeasureAll(b => b.Pending), "{message}",
            "Integration events written but not yet delivered to every subscriber, per module.");
        LadokTelemetry.Meter.CreateObservableGauge("ladok.outbox.oldest_pending_age", () => MeasureAll((gauges, b) => gauges.Age(b)), "s",
            "How long the oldest undelivered integration event had waited at the last reading, per module (0 when none waits).");
        LadokTelemetry.Meter.CreateObservableGauge("ladok.outbox.parked", () => MeasureAll(b => b.Parked), "{delivery}",
            "Deliveries the dispatcher gave up on, waiting for `outbox retry`, per module.");
    }

    private readonly Lazy<IEnumerable<IOutboxAdministration>> outboxes;
    private readonly Lazy<string> database;
    private readonly TimeProvider clock;
    private readonly TimeSpan refresh;
    private readonly ILogger<OutboxBacklogGauges> logger;
    private readonly Lock gate = new();
    private IReadOnlyList<OutboxBacklog> last = [];
    private DateTimeOffset readAt = DateTimeOffset.MinValue;
    private bool reading;

    public OutboxBacklogGauges(
        Lazy<IEnumerable<IOutboxAdministration>> outboxes, Lazy<string> database, TimeProvider clock, TimeSpan refresh, ILogger<OutboxBacklogGauges> logger)
    {
        this.outboxes = outboxes;
        this.database = database;
        this.clock = clock;
        this.refresh = refresh;
        this.logger = logger;
        Live.TryAdd(this, 0);
    }

    /// <summary>Leaves the gauges with its host, so they never read outboxes that are gone.</summary>
    public void Dispose() => Live.TryRemove(this, out _);

    private static List<Measurement<double>> MeasureAll(Func<OutboxBacklog, double> figure) => MeasureAll((_, b) => figure(b));

    private static List<Measurement<double>> MeasureAll(Func<OutboxBacklogGauges, OutboxBacklog, double> figure) =>
        Live.Keys.SelectMany(gauges => gauges.Measure(b => figure(gauges, b))).ToList();

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
        if (backlogs.Count == 0) return [];
        var namespaceTag = new KeyValuePair<string, object?>("db.namespace", database.Value);
        return backlogs.Select(b => new Measurement<double>(figure(b), new KeyValuePair<string, object?>("ladok.module", b.Module), namespaceTag));
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
