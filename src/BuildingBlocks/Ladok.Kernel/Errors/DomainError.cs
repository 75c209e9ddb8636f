namespace Ladok.Kernel.Errors;

/// <summary>
/// A refusal by a domain rule, as a value. <paramref name="Path"/> names the input field it
/// concerns (for example <c>["input", "credits"]</c>) so a form can show it beside the field.
/// </summary>
public sealed record DomainError(ErrorCode Code, string Message, IReadOnlyList<string> Path)
{
    /// <summary>The university plugin's rule that refused, when one did; null for the product's own rules.</summary>
    public RefusingRule? Rule { get; init; }

    public static DomainError Validation(string message, params string[] path) => new(ErrorCode.Validation, message, path);
    public static DomainError NotFound(string message, params string[] path) => new(ErrorCode.NotFound, message, path);
    public static DomainError Conflict(string message, params string[] path) => new(ErrorCode.Conflict, message, path);
    public static DomainError InvalidState(string message, params string[] path) => new(ErrorCode.InvalidState, message, path);
    public static DomainError Forbidden(string message, params string[] path) => new(ErrorCode.Forbidden, message, path);
}

/// <summary>A university plugin's rule that refused something: the plugin's id and the code the plugin gave its rule.</summary>
public sealed record RefusingRule(string Plugin, string Code);
