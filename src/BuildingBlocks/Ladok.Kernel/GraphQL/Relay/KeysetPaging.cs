using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>
/// Pages an EF query by a unique string key (keyset paging): one round trip for the page however
/// deep it is, and one for the count when <c>totalCount</c> is asked for.
/// </summary>
public static class KeysetPaging
{
    private static readonly System.Reflection.MethodInfo Compare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query, Expression<Func<T, string>> key, PageRequest page, CancellationToken cancellationToken)
    {
        int? totalCount = page.CountTotal ? await query.CountAsync(cancellationToken) : null;

        if (page.AfterKey is not null) query = query.Where(KeyCompared(key, page.AfterKey, ExpressionType.GreaterThan));
        if (page.BeforeKey is not null) query = query.Where(KeyCompared(key, page.BeforeKey, ExpressionType.LessThan));

        var ordered = page.Backward ? query.OrderByDescending(key) : query.OrderBy(key);
        var rows = await ordered.Take(page.Size + 1).ToListAsync(cancellationToken);

        var hasMore = rows.Count > page.Size;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        if (page.Backward) rows.Reverse();

        var keyOf = key.Compile();
        var edges = rows.Select(row => new Edge<T>(PageRequest.EncodeCursor(keyOf(row)), row)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: page.Backward ? page.BeforeKey is not null : hasMore,
            HasPreviousPage: page.Backward ? hasMore : page.AfterKey is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    // string.Compare(key, value) > 0, which EF translates to key > value in SQL.
    private static Expression<Func<T, bool>> KeyCompared<T>(Expression<Func<T, string>> key, string value, ExpressionType comparison)
    {
        var call = Expression.Call(Compare, key.Body, Expression.Constant(value));
        var body = Expression.MakeBinary(comparison, call, Expression.Constant(0));
        return Expression.Lambda<Func<T, bool>>(body, key.Parameters);
    }
}
