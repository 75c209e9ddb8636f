using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary><c>XConnection</c> for node type <c>XType</c>: edges, nodes, pageInfo and totalCount.</summary>
public sealed class ConnectionType<TNodeType, TSource> : ObjectGraphType<Connection<TSource>>
    where TNodeType : IGraphType
{
    public ConnectionType()
    {
        var nodeName = GraphTypeNames.Of<TNodeType>();
        Name = nodeName + "Connection";
        Description = $"A page of {nodeName} objects.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many match, across all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TSource>>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The edges' nodes, for clients that need no cursors.").Resolve(c => c.Source.Nodes);
    }
}

public sealed class EdgeType<TNodeType, TSource> : ObjectGraphType<Edge<TSource>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = GraphTypeNames.Of<TNodeType>() + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field(p => p.HasNextPage);
        Field(p => p.HasPreviousPage);
        Field(p => p.StartCursor, nullable: true);
        Field(p => p.EndCursor, nullable: true);
    }
}

internal static class GraphTypeNames
{
    /// <summary>The GraphQL name a graph type class gives itself: <c>CourseType</c> → <c>Course</c>.</summary>
    public static string Of<TGraphType>()
    {
        var name = typeof(TGraphType).Name;
        foreach (var suffix in new[] { "GraphType", "Type" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        }
        return name;
    }
}
