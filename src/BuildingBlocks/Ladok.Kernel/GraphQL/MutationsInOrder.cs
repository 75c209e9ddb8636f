using GraphQL.Execution;
using GraphQLParser.AST;
using Ladok.Kernel.GraphQL.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Kernel.GraphQL;

/// <summary>
/// Runs a document's mutations one after the other, each with its whole payload before the next starts, as the spec asks
/// (GraphQL, 6.2.2 "Mutation"): GraphQL.NET's serial strategy leaves the fields that batch-load until every mutation has
/// run, so a payload showed the state after the last mutation. Between mutations the request's batch loaders are emptied,
/// so a later payload does not show what an earlier one loaded.
/// </summary>
public sealed class MutationsInOrder : SerialExecutionStrategy
{
    /// <summary>The strategy selector that uses this for mutations and GraphQL.NET's defaults for the rest.</summary>
    public static IExecutionStrategySelector Selector { get; } =
        new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(new MutationsInOrder(), OperationType.Mutation)]);

    public override async Task ExecuteNodeTreeAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode rootNode)
    {
        if (rootNode is not RootExecutionNode { SubFields: { Length: > 1 } mutations })
        {
            await base.ExecuteNodeTreeAsync(context, rootNode);
            return;
        }

        var loaders = context.RequestServices?.GetService<BatchLoaderContext>();
        foreach (var mutation in mutations)
        {
            loaders?.Clear();
            await base.ExecuteNodeTreeAsync(context, mutation);
        }
    }
}
