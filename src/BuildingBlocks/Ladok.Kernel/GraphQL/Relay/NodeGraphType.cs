using GraphQL.Types;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>An object type that implements <c>Node</c>: its <c>id</c> is the global id of its own id.</summary>
public abstract class NodeGraphType<TSource> : ObjectGraphType<TSource>, INodeGraphType
{
    private readonly Func<TSource, Guid> id;

    protected NodeGraphType(string name, Func<TSource, Guid> id)
    {
        this.id = id;
        Name = name;
        Interface<NodeInterfaceType>();
        IsTypeOf = source => source is TSource;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id; `node(id:)` fetches the object again.")
            .Resolve(c => GlobalId.Encode(name, id(c.Source)));
    }

    public Guid IdOf(object source) => id((TSource)source);
}

public static class GlobalIdInput
{
    /// <summary>
    /// The object id inside a global id given as input, checked to be of the expected type;
    /// otherwise a VALIDATION error on <paramref name="field"/>.
    /// </summary>
    public static Outcome<Guid> Expect(string? text, string typeName, Field field)
    {
        if (!GlobalId.TryParse(text, out var id))
        {
            return DomainError.Of(KernelReasons.NotAnId, field, text);
        }

        return id.Value.TypeName == typeName
            ? Outcome<Guid>.Success(id.Value.Id)
            : DomainError.Of(KernelReasons.WrongIdType, field, id.Value.TypeName, typeName);
    }
}
