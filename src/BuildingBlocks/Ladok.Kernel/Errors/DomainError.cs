namespace Ladok.Kernel.Errors;

/// <summary>
/// A refusal by a domain rule, as a value. <paramref name="Field"/> names the field it concerns in the
/// domain's words (null when it concerns none), so a form can show it beside the field; the GraphQL
/// layer maps it to the input path.
/// </summary>
public sealed record DomainError(ErrorCode Code, string Message, Field? Field)
{
    /// <summary>The university plugin's rule that refused, when one did; null for the product's own rules.</summary>
    public RefusingRule? Rule { get; init; }

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
