using System.Globalization;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL.Mutations;

/// <summary>
/// Where a <see cref="Field"/> is in a mutation's input, as <see cref="UserError.Path"/>: the argument
/// <c>input</c>, then each name in camelCase and each row's index as text
/// (<c>Rows[3].Grade</c> → <c>["input", "rows", "3", "grade"]</c>); the whole command is <c>["input"]</c> and
/// no field is <c>[]</c>. A domain name the input calls otherwise is looked up in the declaration's input names.
/// </summary>
public static class InputPath
{
    public const string Argument = "input";

    public static IReadOnlyList<string> Of(Field? field, IReadOnlyDictionary<string, string>? inputNames = null)
    {
        if (field is null) return [];
        var path = new List<string>(field.Steps.Count + 1) { Argument };
        foreach (var step in field.Steps)
        {
            path.Add(step.Index is { } index
                ? index.ToString(CultureInfo.InvariantCulture)
                : inputNames?.GetValueOrDefault(step.Name!) ?? CamelCase(step.Name!));
        }
        return path;
    }

    private static string CamelCase(string name) => string.Concat(name[..1].ToLowerInvariant(), name[1..]);
}
