using GraphQL.Types;

namespace Ladok.Host.Tests;

/// <summary>Lists what a schema leaves undescribed: types, fields, arguments, input fields and enum values.</summary>
public static class SchemaDescriptions
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    /// <summary>Names as <c>Type</c>, <c>Type.field</c>, <c>Type.field(arg)</c> and <c>Enum.VALUE</c>, in the schema's order.</summary>
    public static IReadOnlyList<string> Missing(ISchema schema)
    {
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Contains(t.Name)))
        {
            if (IsBlank(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (IsBlank(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    missing.AddRange((field.Arguments ?? []).Where(a => IsBlank(a.Description)).Select(a => $"{type.Name}.{field.Name}({a.Name})"));
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => IsBlank(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
            }
        }

        return missing;
    }

    private static bool IsBlank(string? description) => string.IsNullOrWhiteSpace(description);
}
