namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>One page of a list that can grow, in Relay's cursor-connection shape.</summary>
/// <param name="Edges">The page's objects with their cursors.</param>
/// <param name="PageInfo">Whether there are pages before and after, and the cursors to get them.</param>
/// <param name="TotalCount">How many match across all pages; null when the query did not ask for it.</param>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
