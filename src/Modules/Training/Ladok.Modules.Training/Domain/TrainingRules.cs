using Ladok.Kernel.Errors;

namespace Ladok.Modules.Training.Domain;

/// <summary>The Training module's input rules, each returning the error that names the rule it breaks, on the field given.</summary>
public static class TrainingRules
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 200;

    /// <summary>As long as the identity provider's user ids (the development token takes up to 64 characters).</summary>
    public const int MaxUserIdLength = 64;

    /// <summary>Training codes are upper-case letters, digits and hyphens, such as INTRO-STADM.</summary>
    public static DomainError? Code(string code, Field? field = null) =>
        code.Length is >= 1 and <= MaxCodeLength && code.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_')
            ? null
            : DomainError.Of(TrainingReasons.InvalidTrainingCode, field, code, MaxCodeLength);

    public static DomainError? Text(string text, Wording what, Field? field = null) =>
        string.IsNullOrWhiteSpace(text) ? DomainError.Of(KernelReasons.Required, field, what)
        : text.Length > MaxNameLength ? DomainError.Of(KernelReasons.TooLong, field, what, MaxNameLength)
        : null;

    public static DomainError? UserId(string userId, Field? field = null) =>
        string.IsNullOrWhiteSpace(userId) ? DomainError.Of(KernelReasons.Required, field, TrainingReasons.UserId)
        : userId.Length > MaxUserIdLength ? DomainError.Of(KernelReasons.TooLong, field, TrainingReasons.UserId, MaxUserIdLength)
        : null;

    /// <summary>Trims and upper-cases a code as people type it (" intro-stadm " → "INTRO-STADM").</summary>
    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    /// <summary>
    /// Today's date where the university is: the clock's local time zone (the host's), since a
    /// completion dated "today" in Umeå is still yesterday in UTC for the first hours of the day.
    /// </summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
