using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Ladok.Kernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>Which way a list is sorted on one of its keys.</summary>
public enum OrderDirection
{
    Ascending,
    Descending,
}

/// <summary>
/// One key a list is sorted on, in SQL. Build them with <see cref="SortKey"/>; the last key of a list must be unique (its id), so
/// that the cursor of any row names one place in the order and pages neither skip nor repeat rows.
/// </summary>
public sealed class SortKey<T>
{
    internal SortKey(LambdaExpression key, OrderDirection direction, Func<T, string> write, Func<string, object> read)
    {
        Key = key;
        Direction = direction;
        Write = write;
        Read = read;
    }

    internal LambdaExpression Key { get; }

    internal OrderDirection Direction { get; }

    internal Func<T, string> Write { get; }

    internal Func<string, object> Read { get; }
}

/// <summary>Makes the keys a list is sorted on.</summary>
public static class SortKey
{
    /// <summary>
    /// ICU's Swedish collation, which PostgreSQL builds in: Å, Ä, Ö after Z and in that order, and case does not split names
    /// (the clusters are made with the C.UTF-8 locale, whose code-point order puts Ä before Å and "de Geer" after "Öberg").
    /// </summary>
    public const string SwedishCollation = "sv-SE-x-icu";

    /// <summary>A name or other text people read, in Swedish alphabetical order.</summary>
    public static SortKey<T> Name<T>(Expression<Func<T, string>> key, OrderDirection direction) =>
        Text(Collated(key), key.Compile(), direction);

    /// <summary>A code or number kept as text (an identity number, an id), in the order of its characters.</summary>
    public static SortKey<T> Code<T>(Expression<Func<T, string>> key, OrderDirection direction) => Text(key, key.Compile(), direction);

    public static SortKey<T> Number<T>(Expression<Func<T, int>> key, OrderDirection direction)
    {
        var value = key.Compile();
        return new SortKey<T>(key, direction, row => value(row).ToString(CultureInfo.InvariantCulture), text => int.Parse(text, CultureInfo.InvariantCulture));
    }

    public static SortKey<T> Date<T>(Expression<Func<T, DateOnly>> key, OrderDirection direction)
    {
        var value = key.Compile();
        return new SortKey<T>(key, direction, row => value(row).ToString("O", CultureInfo.InvariantCulture),
            text => DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture));
    }

    public static SortKey<T> Instant<T>(Expression<Func<T, DateTimeOffset>> key, OrderDirection direction)
    {
        var value = key.Compile();
        return new SortKey<T>(key, direction, row => value(row).UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
    }

    private static SortKey<T> Text<T>(Expression<Func<T, string>> sql, Func<T, string> value, OrderDirection direction) =>
        new(sql, direction, row => value(row), text => text);

    private static Expression<Func<T, string>> Collated<T>(Expression<Func<T, string>> key)
    {
        var collate = typeof(RelationalDbFunctionsExtensions).GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));
        var body = Expression.Call(collate, Expression.Constant(EF.Functions), key.Body, Expression.Constant(SwedishCollation));
        return Expression.Lambda<Func<T, string>>(body, key.Parameters);
    }
}

/// <summary>
/// Pages an EF query sorted on several keys (keyset paging): the cursor holds the row's value of every key, and the next page
/// starts after it by the same order, so it stays right while rows are added. One round trip for the page, one for the count.
/// </summary>
public static class SortedPaging
{
    private static readonly System.Reflection.MethodInfo Compare =
        typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static async Task<Connection<T>> ToConnectionAsync<T>(
        this IQueryable<T> query, IReadOnlyList<SortKey<T>> keys, PageRequest page, CancellationToken cancellationToken)
    {
        int? totalCount = page.CountTotal ? await query.CountAsync(cancellationToken) : null;

        if (page.AfterKey is not null) query = query.Where(Beyond(keys, Values(keys, page.AfterKey), forward: true));
        if (page.BeforeKey is not null) query = query.Where(Beyond(keys, Values(keys, page.BeforeKey), forward: false));

        var rows = await Sorted(query, keys, reverse: page.Backward).Take(page.Size + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > page.Size;
        if (hasMore) rows.RemoveAt(rows.Count - 1);
        if (page.Backward) rows.Reverse();

        var edges = rows.Select(row => new Edge<T>(PageRequest.EncodeCursor(JsonSerializer.Serialize(keys.Select(k => k.Write(row)))), row)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: page.Backward ? page.BeforeKey is not null : hasMore,
            HasPreviousPage: page.Backward ? hasMore : page.AfterKey is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, totalCount);
    }

    private static IQueryable<T> Sorted<T>(IQueryable<T> query, IReadOnlyList<SortKey<T>> keys, bool reverse)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Direction == OrderDirection.Descending != reverse;
            var method = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            expression = Expression.Call(typeof(Queryable), method, [typeof(T), keys[i].Key.ReturnType], expression, Expression.Quote(keys[i].Key));
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    private static object[] Values<T>(IReadOnlyList<SortKey<T>> keys, string cursor)
    {
        string[]? texts = null;
        try
        {
            texts = JsonSerializer.Deserialize<string[]>(cursor);
            if (texts is not null && texts.Length == keys.Count) return keys.Select((k, i) => k.Read(texts[i])).ToArray();
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException)
        {
        }

        throw new LadokException(KernelReasons.CursorOfOtherOrder);
    }

    /// <summary>
    /// Rows after (or before) the cursor's: (k1 beyond v1) or (k1 = v1 and k2 beyond v2) or …, each key in its own direction.
    /// The values are parameters, never SQL text.
    /// </summary>
    private static Expression<Func<T, bool>> Beyond<T>(IReadOnlyList<SortKey<T>> keys, object[] values, bool forward)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression? any = null;
        Expression equalSoFar = Expression.Constant(true);
        for (var i = 0; i < keys.Count; i++)
        {
            var key = new Rebind(keys[i].Key.Parameters[0], row).Visit(keys[i].Key.Body);
            var value = Parameter(values[i], key.Type);
            var after = keys[i].Direction == OrderDirection.Ascending == forward;
            var beyond = Comparison(key, value, after ? ExpressionType.GreaterThan : ExpressionType.LessThan);
            var step = Expression.AndAlso(equalSoFar, beyond);
            any = any is null ? step : Expression.OrElse(any, step);
            equalSoFar = Expression.AndAlso(equalSoFar, Expression.Equal(key, value));
        }
        return Expression.Lambda<Func<T, bool>>(any!, row);
    }

    private static BinaryExpression Comparison(Expression key, Expression value, ExpressionType comparison) =>
        key.Type == typeof(string)
            ? Expression.MakeBinary(comparison, Expression.Call(Compare, key, value), Expression.Constant(0))
            : Expression.MakeBinary(comparison, key, value);

    // A member of a closure object, which EF sends as a parameter.
    private static MemberExpression Parameter(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed class Holder<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
