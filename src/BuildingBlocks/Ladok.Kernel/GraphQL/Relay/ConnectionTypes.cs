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
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Whether there are pages before and after, and the cursors to ask for them.")
            .Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TSource>>>>>("edges")
            .Description("The objects of this page in order, each with its cursor.").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description("The edges' nodes, for clients that need no cursors.").Resolve(c => c.Source.Nodes);
    }
}

public sealed class EdgeType<TNodeType, TSource> : ObjectGraphType<Edge<TSource>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        var nodeName = GraphTypeNames.Of<TNodeType>();
        Name = nodeName + "Edge";
        Description = $"One {nodeName} of a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Where this edge is; pass it as `after` (or `before`) to page on from here. Opaque.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description($"The {nodeName}.").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page is among all pages (Relay's cursor connections).";
        Field(p => p.HasNextPage).Description("True when there are objects after this page; ask for them with `after: endCursor`.");
        Field(p => p.HasPreviousPage).Description("True when there are objects before this page; ask for them with `before: startCursor`.");
        Field(p => p.StartCursor, nullable: true).Description("The first edge's cursor; null when the page is empty.");
        Field(p => p.EndCursor, nullable: true).Description("The last edge's cursor; null when the page is empty.");
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
