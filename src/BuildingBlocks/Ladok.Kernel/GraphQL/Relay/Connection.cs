namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>One page of a list that can grow, in Relay's cursor-connection shape.</summary>
/// <param name="Edges">The page's objects with their cursors.</param>
/// <param name="PageInfo">Whether there are pages before and after, and the cursors to get them.</param>
/// <param name="TotalCount">How many match across all pages; null when the query did not ask for it.</param>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <summary>No nodes, no further pages; the total is 0 when asked for.</summary>
    public static Connection<T> Empty { get; } = new([], new PageInfo(false, false, null, null), 0);

    /// <summary>The same page with each node turned into another type; the cursors stay.</summary>
    public Connection<TOther> Map<TOther>(Func<T, TOther> map) =>
        new(Edges.Select(e => new Edge<TOther>(e.Cursor, map(e.Node))).ToList(), PageInfo, TotalCount);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
