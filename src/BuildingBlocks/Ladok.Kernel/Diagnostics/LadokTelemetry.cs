using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Ladok.Kernel.Diagnostics;

/// <summary>
/// The spans and instruments Ladok's own code publishes, under one name the host subscribes to
/// (<c>AddSource</c> and <c>AddMeter</c> of <see cref="Name"/>). Both are inert until a listener
/// (OpenTelemetry, <c>dotnet-counters</c>) asks for them, so code that records costs next to nothing without one.
/// </summary>
public static class LadokTelemetry
{
    /// <summary>The name of the activity source and of the meter.</summary>
    public const string Name = "Ladok";

    /// <summary>Spans of work that is not a request: outbox deliveries, plugin calls.</summary>
    public static ActivitySource ActivitySource { get; } = new(Name);

    /// <summary>Ladok's own instruments; the host adds its observable gauges to the same name.</summary>
    public static Meter Meter { get; } = new(Name);
}
