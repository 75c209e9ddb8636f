using GraphQL.Types;

namespace Ladok.Kernel.GraphQL;

public static class EnumValueDescriptions
{
    /// <summary>Describes each value of an enum graph type; a value left out keeps no description, which the schema contract test reports.</summary>
    public static void DescribeValues<TEnum>(this EnumerationGraphType<TEnum> type, IReadOnlyDictionary<TEnum, string> descriptions) where TEnum : Enum
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(descriptions);
        foreach (var (value, description) in descriptions)
        {
            type.Values.FindByValue(value)!.Description = description;
        }
    }
}
