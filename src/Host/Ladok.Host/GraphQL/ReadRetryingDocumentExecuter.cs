using GraphQL;
using GraphQLParser.AST;
using Ladok.Host.Database;
using Ladok.Kernel.Data;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Ladok.Host.GraphQL;

/// <summary>
/// Runs a query operation again when it met a transient database fault (PostgreSQL restarting, a dropped
/// connection), so a restart under read load fails no read. The whole operation is tried again, not one SQL
/// command: the handlers open their own transactions, which EF Core's retrying execution strategy does not
/// allow, and a query's one write, the first sign-in's user row, is a single idempotent statement
/// (<c>ON CONFLICT DO NOTHING</c>). Mutations are never run twice here: they commit once or fail with
/// <c>UNAVAILABLE</c>, and the caller decides whether to send them again.
/// </summary>
internal sealed class ReadRetryingDocumentExecuter : IDocumentExecuter
{
    private readonly IDocumentExecuter inner;
    private readonly ResiliencePipeline<ExecutionResult> retry;

    public ReadRetryingDocumentExecuter(IDocumentExecuter inner, IOptions<DatabaseRetryOptions> options, ILogger<ReadRetryingDocumentExecuter> logger)
    {
        this.inner = inner;
        var settings = options.Value;
        retry = settings.ReadRetries <= 0 ? ResiliencePipeline<ExecutionResult>.Empty : new ResiliencePipelineBuilder<ExecutionResult>()
            .AddRetry(new RetryStrategyOptions<ExecutionResult>
            {
                MaxRetryAttempts = settings.ReadRetries,
                Delay = settings.ReadRetryDelay,
                MaxDelay = settings.ReadRetryMaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } exception ? TransientDatabaseFault.Is(exception) : MetTransientFault(args.Outcome.Result)),
                OnRetry = args =>
                {
                    logger.LogWarning("A query met a transient database fault; trying it again in {Delay} ms (retry {Attempt})",
                        (int)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
    {
        if (!IsQuery(options)) return await inner.ExecuteAsync(options);

        var requestServices = options.RequestServices;
        var attempt = 0;
        return await retry.ExecuteAsync(async _ =>
        {
            if (attempt++ == 0 || requestServices is null) return await inner.ExecuteAsync(options);

            // A new try gets new request-scoped services: the request's batch loaders and read scopes keep the tasks that failed.
            await using var scope = requestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            options.RequestServices = scope.ServiceProvider;
            try
            {
                return await inner.ExecuteAsync(options);
            }
            finally
            {
                options.RequestServices = requestServices;
            }
        }, options.CancellationToken);
    }

    private static bool MetTransientFault(ExecutionResult? result) =>
        result?.Errors?.Any(e => TransientDatabaseFault.Is(e.InnerException)) == true;

    /// <summary>The operation that runs is a query; with no parsed document, or an unknown name, nothing is assumed.</summary>
    private static bool IsQuery(ExecutionOptions options)
    {
        var operations = options.Document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var selected = options.OperationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.Value == options.OperationName);
        return selected is { Operation: OperationType.Query };
    }
}
