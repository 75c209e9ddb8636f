using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Ladok.Host.Observability;

/// <summary>
/// Starts traces only at the work an operator follows: an HTTP request (a server span) or an outbox
/// delivery (a consumer span). Everything else follows its parent; without one, it is dropped. So the
/// SQL of the outbox's polls, the metrics' outbox readings, migrations and seeding make no traces of
/// their own, while the SQL a request or a delivery runs is always in its trace.
/// </summary>
internal sealed class RequestRootedSampler : Sampler
{
    private static readonly Sampler Roots = new AlwaysOnSampler();
    private static readonly Sampler Children = new ParentBasedSampler(new AlwaysOffSampler());

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.ParentContext.TraceId == default && samplingParameters.Kind is ActivityKind.Server or ActivityKind.Consumer
            ? Roots.ShouldSample(samplingParameters)
            : Children.ShouldSample(samplingParameters);
}
