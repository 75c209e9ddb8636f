namespace Ladok.Kernel.Errors;

/// <summary>
/// A refusal by a domain rule, as a value: its <see cref="ErrorReason"/> and the values its text needs
/// (<see cref="Arguments"/>), never the text itself, which the edge writes in the caller's language
/// (<see cref="ErrorTexts"/>). <paramref name="Field"/> names the field it concerns in the domain's words (null when it
/// concerns none), so a form can show it beside the field; the GraphQL layer maps it to the input path.
/// </summary>
/// <remarks>
/// The positional form with a <paramref name="Message"/> is the old one, for rules not yet given a reason of their own:
/// their reason is their code's (<c>CONFLICT</c>), and their message is that English sentence in every language.
/// </remarks>
public sealed record DomainError(ErrorCode Code, string Message, Field? Field)
{
    private readonly ErrorReason? reason;

    /// <summary>Why, stable for a front end to branch on; the code's own reason for a rule that has none yet.</summary>
    public ErrorReason Reason
    {
        get => reason ?? KernelReasons.OfCode(Code);
        init => reason = value;
    }

    /// <summary>The values the reason's text needs, in the order of its placeholders.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];

    /// <summary>
    /// Written before the reason's text in every language, such as the course and term a refusal within a larger decision
    /// concerns (<c>5DV001 HT2025: </c>); language-neutral, so never words. Empty by default.
    /// </summary>
    public string Prefix { get; init; } = "";

    /// <summary>Whether the text comes from the reason's resources (true) or is the old English <see cref="Message"/>.</summary>
    public bool IsWorded => reason is not null;

    /// <summary>The university plugin's rule that refused, when one did; null for the product's own rules.</summary>
    public RefusingRule? Rule { get; init; }

    /// <summary>A refusal for <paramref name="reason"/>; <see cref="Message"/> is its English text, for logs.</summary>
    public static DomainError Of(ErrorReason reason, Field? field, params object?[] arguments) =>
        new(reason.Code, ErrorTexts.Text(reason, arguments, ErrorTexts.English), field) { Reason = reason, Arguments = arguments };

    /// <inheritdoc cref="Of(ErrorReason, Field?, object?[])"/>
    public static DomainError Of(ErrorReason reason, string field, params object?[] arguments) => Of(reason, Field.Of(field), arguments);

    public static DomainError Validation(string message, Field? field = null) => new(ErrorCode.Validation, message, field);
    public static DomainError NotFound(string message, Field? field = null) => new(ErrorCode.NotFound, message, field);
    public static DomainError Conflict(string message, Field? field = null) => new(ErrorCode.Conflict, message, field);
    public static DomainError InvalidState(string message, Field? field = null) => new(ErrorCode.InvalidState, message, field);
    public static DomainError Forbidden(string message, Field? field = null) => new(ErrorCode.Forbidden, message, field);

    public static DomainError Validation(string message, string field) => Validation(message, Field.Of(field));
    public static DomainError NotFound(string message, string field) => NotFound(message, Field.Of(field));
    public static DomainError Conflict(string message, string field) => Conflict(message, Field.Of(field));
    public static DomainError InvalidState(string message, string field) => InvalidState(message, Field.Of(field));
    public static DomainError Forbidden(string message, string field) => Forbidden(message, Field.Of(field));
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
