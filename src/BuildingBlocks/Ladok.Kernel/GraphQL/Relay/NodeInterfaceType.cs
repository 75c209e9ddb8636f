using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>Relay's <c>Node</c>: every object a client can fetch again by its global id.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a global id that `node(id:)` fetches again.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global, opaque id.");
    }
}
