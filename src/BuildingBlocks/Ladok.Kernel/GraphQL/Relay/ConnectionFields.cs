using GraphQL.Builders;
using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Relay;

public static class ConnectionFields
{
    /// <summary>Adds a connection field with Relay's paging arguments.</summary>
    public static FieldBuilder<object?, Connection<TSource>> ConnectionField<TNodeType, TSource>(this ObjectGraphType type, string name)
        where TNodeType : IGraphType =>
        type.Field<NonNullGraphType<ConnectionType<TNodeType, TSource>>, Connection<TSource>>(name)
            .Argument<IntGraphType>("first", $"Page size forwards ({PageRequest.DefaultSize} by default, at most {PageRequest.MaxSize}).")
            .Argument<StringGraphType>("after", "The cursor after which the page starts.")
            .Argument<IntGraphType>("last", "Page size backwards.")
            .Argument<StringGraphType>("before", "The cursor before which the page ends.");
}
