using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Ladok.Kernel.GraphQL.Sdl;

/// <summary>The schema as SDL, the form committed to <c>schema.graphql</c>: types and fields in a stable order.</summary>
public static class SchemaSdl
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
