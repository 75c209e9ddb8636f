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

    public static DomainError? Name(string? text, Wording what, Field field)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return DomainError.Of(KernelReasons.Required, field, what);
        return trimmed.Length <= MaxNameLength
            ? null
            : DomainError.Of(KernelReasons.TooLong, field, what, MaxNameLength);
    }

    /// <summary>An eduPersonPrincipalName: one @ between a user and a scope, no spaces, as long as an e-mail address may be.</summary>
    public static DomainError? PrincipalName(string principalName, Field field)
    {
        var at = principalName.IndexOf('@', StringComparison.Ordinal);
        return principalName.Length <= MaxEmailLength && at > 0 && at < principalName.Length - 1 && at == principalName.LastIndexOf('@')
            && !principalName.Any(char.IsWhiteSpace)
            ? null
            : DomainError.Of(RecordsReasons.PrincipalNameShape, field, principalName);
    }

    /// <summary>
    /// Only the shape: one @ with something on either side, no spaces. Whether the address
    /// reaches the student is for the mail to find out, not for a pattern.
    /// </summary>
    public static DomainError? Email(string? email, Field field)
    {
        if (email is null) return null;
        if (email.Length > MaxEmailLength) return DomainError.Of(KernelReasons.TooLong, field, RecordsReasons.EmailAddress, MaxEmailLength);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < email.Length - 1 && at == email.LastIndexOf('@') && !email.Any(char.IsWhiteSpace)
            ? null
            : DomainError.Of(RecordsReasons.InvalidEmail, field, email);
    }

    /// <summary>
    /// Today's date where the university is (the clock's local time zone), the reference date
    /// that decides the century of a ten-digit personnummer.
    /// </summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
