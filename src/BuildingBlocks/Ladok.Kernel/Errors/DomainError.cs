namespace Ladok.Kernel.Errors;

/// <summary>
/// A refusal by a domain rule, as a value: its <see cref="ErrorReason"/> and the values its text needs
/// (<see cref="Arguments"/>), never the text itself, which the edge writes in the caller's language
/// (<see cref="ErrorTexts"/>). <see cref="Field"/> names the field it concerns in the domain's words (null when it
/// concerns none), so a form can show it beside the field; the GraphQL layer maps it to the input path.
/// </summary>
/// <remarks>
/// There is no form with a message of its own: every refusal names a reason, so none can reach a caller in English only.
/// </remarks>
public sealed record DomainError
{
    private DomainError(ErrorReason reason, IReadOnlyList<object?> arguments, Field? field)
    {
        Reason = reason;
        Arguments = arguments;
        Field = field;
    }

    /// <summary>The coarse code, the reason's.</summary>
    public ErrorCode Code => Reason.Code;

    /// <summary>Why, stable for a front end to branch on.</summary>
    public ErrorReason Reason { get; }

    /// <summary>The values the reason's text needs, in the order of its placeholders.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>The field the refusal concerns, in the domain's words; null when it concerns none.</summary>
    public Field? Field { get; init; }

    /// <summary>
    /// Written before the reason's text in every language, such as the course and term a refusal within a larger decision
    /// concerns (<c>5DV001 HT2025: </c>); language-neutral, so never words. Empty by default.
    /// </summary>
    public string Prefix { get; init; } = "";

    /// <summary>The university plugin's rule that refused, when one did; null for the product's own rules.</summary>
    public RefusingRule? Rule { get; init; }

    /// <summary>The text in English, prefix included, for logs, seeders and tests; a caller gets <see cref="ErrorTexts.Message"/>.</summary>
    public string Message => ErrorTexts.Message(this, ErrorTexts.English);

    /// <summary>A refusal for <paramref name="reason"/> with the values its text needs.</summary>
    public static DomainError Of(ErrorReason reason, Field? field, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new(reason, arguments, field);
    }

    /// <inheritdoc cref="Of(ErrorReason, Field?, object?[])"/>
    public static DomainError Of(ErrorReason reason, string field, params object?[] arguments) => Of(reason, Field.Of(field), arguments);
}

/// <summary>A university plugin's rule that refused something: the plugin's id and the code the plugin gave its rule.</summary>
public sealed record RefusingRule(string Plugin, string Code);

/// <summary>
/// A text that arrives in both languages, such as a plugin's refusal: an argument of a <see cref="DomainError"/> that
/// <see cref="ErrorTexts"/> writes in the caller's language.
/// </summary>
public sealed record Wording(string Swedish, string English)
{
    public string In(System.Globalization.CultureInfo culture) => ErrorTexts.IsEnglish(culture) ? English : Swedish;

    public override string ToString() => English;
}
