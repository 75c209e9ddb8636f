using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphQL;
using GraphQL.DI;
using GraphQL.Telemetry;
using GraphQLParser.AST;
using Ladok.Host.GraphQL;
using Ladok.Kernel.Diagnostics;
using Ladok.Kernel.Errors;

namespace Ladok.Host.Observability;

/// <summary>
/// GraphQL.NET's own telemetry (a span from the <c>GraphQL</c> activity source around each execution),
/// named and tagged after OpenTelemetry's GraphQL conventions from the start, so an operation refused
/// in validation is named too: <c>query CoursePage</c>, <c>graphql.operation.type</c>,
/// <c>graphql.operation.name</c>, and the Kernel's error codes in <c>ladok.graphql.error_codes</c>.
/// The document is never recorded: it may hold personal identity numbers as literals. Every
/// execution is also measured in <c>ladok.graphql.operation.duration</c> and its errors counted by code.
/// </summary>
internal sealed class GraphQLOperationTelemetry : GraphQLTelemetryProvider
{
    // On the process's one Ladok meter, which is never disposed: with a meter per host (IMeterFactory), a process that
    // runs several hosts one after another (the test suite) had OpenTelemetry fold a later host's instrument into an
    // earlier host's of the same name, and lose its measurements when that host's meter was disposed.
    private static readonly Histogram<double> Duration = LadokTelemetry.Meter.CreateHistogram(
        "ladok.graphql.operation.duration", "s", "How long GraphQL operations took to execute, by operation and outcome.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10, 30] });

    private static readonly Counter<long> Errors = LadokTelemetry.Meter.CreateCounter<long>(
        "ladok.graphql.operation.errors", "{error}", "GraphQL errors answered, by operation and error code.");

    private readonly OperationNameLabels labels;

    public GraphQLOperationTelemetry(OperationNameLabels labels) : base(new GraphQLTelemetryOptions { RecordDocument = false })
    {
        this.labels = labels;
    }

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = Stopwatch.GetTimestamp();
        ExecutionResult? result = null;
        try
        {
            result = await base.ExecuteAsync(options, next);
            return result;
        }
        finally
        {
            Record(options, result, Stopwatch.GetElapsedTime(started));
        }
    }

    protected override async Task SetInitialTagsAsync(Activity activity, ExecutionOptions options)
    {
        await base.SetInitialTagsAsync(activity, options);
        var (type, name) = Selected(options);
        activity.SetTag("graphql.operation.type", type);
        if (name is not null) activity.SetTag("graphql.operation.name", name);
        activity.DisplayName = name is null ? type : $"{type} {name}";
    }

    protected override async Task SetResultTagsAsync(Activity activity, ExecutionOptions executionOptions, ExecutionResult result)
    {
        await base.SetResultTagsAsync(activity, executionOptions, result);
        if (result.Errors is { Count: > 0 } errors)
        {
            activity.SetTag("ladok.graphql.error_codes", errors.Select(e => LadokErrorInfoProvider.CodeOf(e).ToWire()).Distinct().ToArray());
        }
    }

    private void Record(ExecutionOptions options, ExecutionResult? result, TimeSpan elapsed)
    {
        var (type, name) = Selected(options);
        var operation = new TagList
        {
            { "graphql.operation.type", type },
            { "graphql.operation.name", labels.Label(name) },
        };
        var outcome = operation;
        outcome.Add("ladok.graphql.outcome", result switch
        {
            null => options.CancellationToken.IsCancellationRequested ? "cancelled" : "failed",
            { Executed: false } => "refused",
            { Errors.Count: > 0 } => "error",
            _ => "success",
        });
        Duration.Record(elapsed.TotalSeconds, outcome);

        foreach (var code in result?.Errors?.Select(LadokErrorInfoProvider.CodeOf) ?? [])
        {
            var tags = operation;
            tags.Add("error.type", code.ToWire());
            Errors.Add(1, tags);
        }
    }

    /// <summary>The operation the request runs, as the spec picks it: the named one, or the only one.</summary>
    private static (string Type, string? Name) Selected(ExecutionOptions options)
    {
        var operations = options.Document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var operation = options.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.Find(o => o.Name?.StringValue == options.OperationName);
        var type = operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "unknown",
        };
        return (type, operation?.Name?.StringValue ?? (operation is null ? options.OperationName : null));
    }
}
