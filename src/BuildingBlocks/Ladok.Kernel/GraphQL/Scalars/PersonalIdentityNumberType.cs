using System.Text.RegularExpressions;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Ladok.Kernel.GraphQL.Scalars;

/// <summary>
/// <c>PersonalIdentityNumber</c>: a personnummer, samordningsnummer or interimsnummer as people write it. Its shape is
/// checked when the document or variables are read; the date of birth and the check digit depend on the kind of number
/// and the day, so Records' rules check them and answer with a reason on the field.
/// </summary>
public sealed partial class PersonalIdentityNumberType : ScalarGraphType
{
    public PersonalIdentityNumberType()
    {
        Name = "PersonalIdentityNumber";
        Description = "A personnummer or samordningsnummer in a usual written form (811218-9876, 198112189876, + from the "
            + "year one turns 100), or an interim number (19900101-T123). The shape is checked when read; the date and the "
            + "check digit by the field's rules.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Checked(text.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Checked(text),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        string text => text,
        _ => ThrowSerializationError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue or GraphQLStringValue;

    private static string Checked(string text)
    {
        var written = text.Trim();
        return Shape().IsMatch(written)
            ? written
            : throw new FormatException($"'{text}' is not a personnummer, samordningsnummer or interim number: write YYMMDD-NNNN or YYYYMMDDNNNN.");
    }

    /// <summary>
    /// Ten or twelve digits with at most one <c>-</c> or <c>+</c> before the last four, month 01–12 and day 01–31 (61–91 for
    /// a samordningsnummer); or an interim number: eight digits of a date, an optional <c>-</c>, a letter or digit and three digits.
    /// </summary>
    [GeneratedRegex(PersonalOrCoordination + "|" + Interim)]
    private static partial Regex Shape();

    private const string MonthAndDay = @"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])";
    private const string PersonalOrCoordination = @"^(?:\d{2})?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+]?\d{4}$";
    private const string Interim = @"^\d{4}" + MonthAndDay + @"-?[A-Za-z]\d{3}$";
}
