using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>Adds <c>node(id:)</c>, dispatching on the type name inside the global id.</summary>
public sealed class NodeQueryContributor : ISchemaContributor
{
    public void Contribute(SchemaComposition schema)
    {
        schema.Query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object by its global id; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequirePolicy(Policies.Public)
            .ResolveAsync(ResolveAsync);
    }

    private static async Task<object?> ResolveAsync(IResolveFieldContext context)
    {
        var text = context.GetArgument<string>("id");
        if (!GlobalId.TryParse(text, out var id))
        {
            throw new LadokException(ErrorCode.Validation, $"'{text}' is not a global id. Use the `id` of an object this API returned.");
        }

        var services = context.RequestServices!;
        var resolver = services.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == id.Value.TypeName);
        if (resolver is null) return null;

        var decision = await services.GetRequiredService<IAuthorizationPolicyEvaluator>()
            .EvaluateAsync(resolver.Policy, context.User!, context.CancellationToken);
        if (!decision.Allowed) throw new LadokException(decision.Code, decision.Reason);

        return await resolver.ResolveAsync(id.Value.Id, context.User!, context.CancellationToken);
    }
}
