using GraphQL;
using GraphQL.Types;
using Ladok.Kernel.Errors;
using Ladok.Kernel.GraphQL.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>Adds <c>node(id:)</c> and <c>nodes(ids:)</c>, dispatching on the type name inside each global id.</summary>
public sealed class NodeQueryContributor : ISchemaContributor
{
    /// <summary>How many ids one <c>nodes</c> call takes: each is one lookup.</summary>
    public const int MaxIds = 100;

    public void Contribute(SchemaComposition schema)
    {
        schema.Query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object by its global id; null when it does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The `id` of an object this API returned.")
            .RequirePolicy(Policies.Public)
            .ResolveAsync(context => ResolveAsync(context, ParsedId(context.GetArgument<string>("id"))));

        schema.Query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description($"Fetches objects by their global ids, in the order given, with null for one that does not exist; at most {MaxIds} ids. "
                + "Refused as a whole when an id is malformed or you may not read one of the types asked for.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The `id`s of objects this API returned.")
            .RequirePolicy(Policies.Public)
            .ResolveAsync(async context =>
            {
                var texts = context.GetArgument<List<string>>("ids");
                if (texts.Count > MaxIds)
                {
                    throw new LadokException(KernelReasons.TooManyIds, MaxIds, texts.Count);
                }

                var ids = texts.Select(ParsedId).ToList();
                var nodes = new List<object?>(ids.Count);
                foreach (var id in ids) nodes.Add(await ResolveAsync(context, id));
                return nodes;
            });
    }

    private static GlobalId ParsedId(string text) => GlobalId.TryParse(text, out var id)
        ? id.Value
        : throw new LadokException(KernelReasons.NotAnId, text);

    private static async Task<object?> ResolveAsync(IResolveFieldContext context, GlobalId id)
    {
        var services = context.RequestServices!;
        var resolver = services.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == id.TypeName);
        if (resolver is null) return null;

        var decision = await services.GetRequiredService<IAuthorizationPolicyEvaluator>()
            .EvaluateAsync(resolver.Policy, context.User!, context.CancellationToken);
        if (decision.Refusal is { } refusal) throw LadokException.From(refusal);

        return await resolver.ResolveAsync(id.Id, context.User!, context.CancellationToken);
    }
}
