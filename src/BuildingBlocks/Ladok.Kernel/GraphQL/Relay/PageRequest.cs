using System.Buffers.Text;
using System.Text;
using GraphQL;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>
/// The paging arguments of a connection field, checked: <c>first</c>/<c>after</c> page
/// forwards, <c>last</c>/<c>before</c> backwards. Cursors carry the sort key, so pages stay
/// stable while rows are added.
/// </summary>
public sealed record PageRequest(int Size, bool Backward, string? AfterKey, string? BeforeKey, bool CountTotal = true)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 500;

    public static PageRequest From(IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        if (first is not null && last is not null)
        {
            throw new LadokException(KernelReasons.FirstAndLast);
        }

        var size = first ?? last ?? DefaultSize;
        if (size is < 0 or > MaxSize)
        {
            throw new LadokException(KernelReasons.PageSize, MaxSize, size);
        }

        return new PageRequest(size, last is not null,
            DecodeCursor(context.GetArgument<string?>("after"), "after"),
            DecodeCursor(context.GetArgument<string?>("before"), "before"),
            CountTotal: context.SubFields?.ContainsKey("totalCount") != false); // the count is a query of its own: only when asked for
    }

    public static string EncodeCursor(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("k:" + key));

    private static string? DecodeCursor(string? cursor, string argument)
    {
        if (cursor is null) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("k:", StringComparison.Ordinal)) return text[2..];
        }
        catch (FormatException)
        {
        }

        throw new LadokException(KernelReasons.NotACursor, argument);
    }
}
