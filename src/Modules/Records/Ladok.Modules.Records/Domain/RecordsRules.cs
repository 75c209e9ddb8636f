using Ladok.Kernel.Errors;

namespace Ladok.Modules.Records.Domain;

/// <summary>Rules on the free text the Records module stores, shared by its entities.</summary>
public static class RecordsRules
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;
    public const int MaxUserIdLength = 100;
    public const int IdentityNumberLength = 12;
    public const int MaxCodeLength = 20;

    public static DomainError? Name(string? text, string what, Field field)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return DomainError.Validation($"The {what} is needed.", field);
        return trimmed.Length <= MaxNameLength
            ? null
            : DomainError.Validation($"The {what} has {trimmed.Length} characters; at most {MaxNameLength} are allowed.", field);
    }

    /// <summary>An eduPersonPrincipalName: one @ between a user and a scope, no spaces, as long as an e-mail address may be.</summary>
    public static DomainError? PrincipalName(string principalName, Field field)
    {
        var at = principalName.IndexOf('@', StringComparison.Ordinal);
        return principalName.Length <= MaxEmailLength && at > 0 && at < principalName.Length - 1 && at == principalName.LastIndexOf('@')
            && !principalName.Any(char.IsWhiteSpace)
            ? null
            : DomainError.Validation($"'{principalName}' is not an eduPersonPrincipalName: write it as user@scope, such as abcd0001@umu.se.", field);
    }

    /// <summary>
    /// Only the shape: one @ with something on either side, no spaces. Whether the address
    /// reaches the student is for the mail to find out, not for a pattern.
    /// </summary>
    public static DomainError? Email(string? email, Field field)
    {
        if (email is null) return null;
        if (email.Length > MaxEmailLength) return DomainError.Validation($"The email address has more than {MaxEmailLength} characters.", field);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < email.Length - 1 && at == email.LastIndexOf('@') && !email.Any(char.IsWhiteSpace)
            ? null
            : DomainError.Validation($"'{email}' is not an email address: write it as name@example.se.", field);
    }

    /// <summary>
    /// Today's date where the university is (the clock's local time zone), the reference date
    /// that decides the century of a ten-digit personnummer.
    /// </summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
