using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace Ladok.Kernel.GraphQL.Relay;

/// <summary>One entry of a list's <c>orderBy</c>: a field of the list and its direction.</summary>
public sealed class Ordering<TField> where TField : struct, Enum
{
    public TField Field { get; set; }

    public OrderDirection Direction { get; set; }
}

public sealed class OrderDirectionType : EnumerationGraphType<OrderDirection>
{
    public OrderDirectionType()
    {
        Name = "OrderDirection";
        Description = "Which way a list is sorted on a field.";
        this.DescribeValues(new Dictionary<OrderDirection, string>
        {
            [OrderDirection.Ascending] = "Ascending: A to Ö (Swedish alphabetical order for names), smallest and earliest first.",
            [OrderDirection.Descending] = "Descending: Ö to A, largest and latest first.",
        });
    }

    // SQL's words, which front-end developers expect, rather than the C# names.
    protected override string ChangeEnumCase(string val) => val == nameof(OrderDirection.Ascending) ? "ASC" : "DESC";
}

/// <summary>
/// <c>XOrder { field: XOrderField!, direction: OrderDirection = ASC }</c> for the enum graph type <c>XOrderFieldType</c>: the one
/// shape of every list's <c>orderBy</c>.
/// </summary>
public sealed class OrderingInputType<TFieldType, TField> : InputObjectGraphType<Ordering<TField>>
    where TFieldType : EnumerationGraphType<TField>
    where TField : struct, Enum
{
    public OrderingInputType()
    {
        var fieldName = GraphTypeNames.Of<TFieldType>();
        Name = fieldName.EndsWith("Field", StringComparison.Ordinal) ? fieldName[..^"Field".Length] : fieldName + "Order";
        Description = $"A field to sort on and its direction; `orderBy` takes several, the first deciding first.";
        Field<NonNullGraphType<TFieldType>>("field").Description("The field to sort on.");
        Field<NonNullGraphType<OrderDirectionType>>("direction").Description("ASC (the default) or DESC.").DefaultValue(OrderDirection.Ascending);
    }
}

public static class OrderingArguments
{
    /// <summary>Adds <c>orderBy: [XOrder!]</c> to a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> OrderBy<TSource, TReturn, TFieldType, TField>(
        this FieldBuilder<TSource, TReturn> field, string description)
        where TFieldType : EnumerationGraphType<TField>
        where TField : struct, Enum =>
        field.Argument<ListGraphType<NonNullGraphType<OrderingInputType<TFieldType, TField>>>>("orderBy", description);

    /// <summary>The <c>orderBy</c> argument, or an empty list when it is not given.</summary>
    public static IReadOnlyList<Ordering<TField>> OrderingOf<TField>(this IResolveFieldContext context) where TField : struct, Enum =>
        context.GetArgument<List<Ordering<TField>>?>("orderBy") ?? [];
}
