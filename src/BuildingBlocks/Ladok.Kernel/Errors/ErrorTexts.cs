using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;

namespace Ladok.Kernel.Errors;

/// <summary>
/// Writes a refusal's text in a language: the reason's template from its catalogue's .NET resources (Swedish the
/// neutral language, English the <c>en</c> satellite), filled with the error's arguments formatted for that language.
/// The host picks the caller's language per request (<c>Accept-Language</c>) as the current UI culture.
/// </summary>
public static class ErrorTexts
{
    private static readonly ConcurrentDictionary<Type, ResourceManager> Resources = new();

    /// <summary>The default language of the texts.</summary>
    public static CultureInfo Swedish { get; } = CultureInfo.GetCultureInfo("sv");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    /// <summary>The languages every reason has a text in.</summary>
    public static IReadOnlyList<CultureInfo> Languages { get; } = [Swedish, English];

    /// <summary>Whether <paramref name="culture"/> is English (en, en-GB, ...); anything else is answered in Swedish.</summary>
    public static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    /// <summary>The error's message in <paramref name="culture"/> (the current UI culture when null).</summary>
    public static string Message(DomainError error, CultureInfo? culture = null) =>
        error.Prefix + Text(error.Reason, error.Arguments, culture ?? CultureInfo.CurrentUICulture);

    /// <summary>The text of <paramref name="reason"/> with <paramref name="arguments"/>, in <paramref name="culture"/>.</summary>
    public static string Text(ErrorReason reason, IReadOnlyList<object?> arguments, CultureInfo culture)
    {
        var language = IsEnglish(culture) ? English : Swedish;
        var template = Template(reason, language)
            ?? throw new InvalidOperationException($"The reason {reason.Name} has no text in {reason.Catalogue.Name}'s resources.");
        var values = arguments.Select(a => a is Wording wording ? wording.In(language) : a).ToArray();
        return string.Format(language, template, values);
    }

    /// <summary>The reason's template in <paramref name="language"/> alone (no fallback to the other); null when it has none.</summary>
    public static string? Template(ErrorReason reason, CultureInfo language)
    {
        var resources = Resources.GetOrAdd(reason.Catalogue, type => new ResourceManager(type));
        // The neutral resources are Swedish; English must be in the en satellite itself, not fall back to Swedish.
        var set = resources.GetResourceSet(IsEnglish(language) ? English : CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        return set?.GetString(reason.Name);
    }
}
