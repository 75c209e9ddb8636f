using GraphQL.Validation;
using GraphQLParser.AST;
using Ladok.Kernel.Errors;

namespace Ladok.Kernel.GraphQL.Authorization;

/// <summary>
/// A field the caller may not ask for; the whole document is refused before it runs. The message is the refusal's text
/// after the field's name (<c>`courses`: …</c>), in the request's language.
/// </summary>
public sealed class AuthorizationError : ValidationError
{
    public AuthorizationError(DomainError error, string? fieldName, ASTNode node) : base(default, null, MessageOf(error, fieldName), node)
    {
        Error = error;
        FieldName = fieldName;
        Code = error.Code.ToWire();
    }

    /// <summary>The refusal, whose reason and arguments give its text in any language.</summary>
    public DomainError Error { get; }

    /// <summary>The root field refused, named before the text; null when the text names it.</summary>
    public string? FieldName { get; }

    public ErrorCode ErrorCode => Error.Code;

    /// <summary>The message in <paramref name="culture"/> (the current UI culture when null).</summary>
    public string MessageIn(System.Globalization.CultureInfo? culture = null) => MessageOf(Error, FieldName, culture);

    private static string MessageOf(DomainError error, string? fieldName, System.Globalization.CultureInfo? culture = null) =>
        fieldName is null ? ErrorTexts.Message(error, culture) : $"`{fieldName}`: {ErrorTexts.Message(error, culture)}";
}
