using GraphQL.Types;
using GraphQLParser.AST;
using Ladok.Kernel.Periods;

namespace Ladok.Kernel.GraphQL.Scalars;

/// <summary>
/// <c>Term</c>: a term as <c>HT2025</c> or <c>VT2026</c>, checked when the document or variables are read, so a resolver
/// gets a valid term written the one way (<see cref="Term.ToString"/>) and a misspelt one is refused before anything runs.
/// </summary>
public sealed class TermType : ScalarGraphType
{
    public TermType()
    {
        Name = "Term";
        Description = "A term: HT (autumn) or VT (spring) and a four-digit year, such as HT2025. Read case-insensitively, always written upper case.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Canonical(text.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Canonical(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Term term => term.ToString(),
        string text => Canonical(text),
        _ => ThrowSerializationError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLStringValue;

    private static string Canonical(string text) =>
        Term.TryParse(text, out var term, out var error) ? term.ToString() : throw new FormatException(error);
}
