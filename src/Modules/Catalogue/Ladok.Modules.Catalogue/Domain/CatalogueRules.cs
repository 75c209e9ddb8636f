using System.Globalization;
using Ladok.Kernel.Errors;

namespace Ladok.Modules.Catalogue.Domain;

/// <summary>The Catalogue's input rules, each returning the error that names the rule it breaks, on the field given.</summary>
public static class CatalogueRules
{
    public const decimal MaxCredits = 400m;
    public const int MaxNameLength = 200;
    public const int MaxPlaceLength = 40;

    /// <summary>Course codes are six letters (A–Z) and digits with at least one of each, such as 5DV001.</summary>
    public static DomainError? CourseCode(string code, Field? field = null) =>
        code.Length == 6 && code.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9') && code.Any(char.IsLetter) && code.Any(char.IsDigit)
            ? null
            : DomainError.Of(CatalogueReasons.InvalidCourseCode, field, code);

    /// <summary>Credits are positive, whole or half högskolepoäng, at most 400.</summary>
    public static DomainError? Credits(decimal credits, Field? field = null) =>
        credits <= 0 ? DomainError.Of(CatalogueReasons.CreditsNotPositive, field, credits)
        : credits > MaxCredits ? DomainError.Of(CatalogueReasons.CreditsTooMany, field, MaxCredits, credits)
        : credits * 2 != decimal.Truncate(credits * 2) ? DomainError.Of(CatalogueReasons.CreditsNotInHalves, field, credits)
        : null;

    public static DomainError? Name(string name, Field? field = null) =>
        string.IsNullOrWhiteSpace(name) ? DomainError.Of(KernelReasons.Required, field, CatalogueReasons.Name)
        : name.Length > MaxNameLength ? DomainError.Of(KernelReasons.TooLong, field, CatalogueReasons.Name, MaxNameLength)
        : null;

    /// <summary>Module codes are one to six letters and digits, such as 0001.</summary>
    public static DomainError? ModuleCode(string code, Field? field = null) =>
        code.Length is >= 1 and <= 6 && code.All(char.IsAsciiLetterOrDigit)
            ? null
            : DomainError.Of(CatalogueReasons.InvalidModuleCode, field, code);

    /// <summary>Offering codes are five digits, such as 10001.</summary>
    public static DomainError? OfferingCode(string code, Field? field = null) =>
        code.Length == 5 && code.All(char.IsAsciiDigit)
            ? null
            : DomainError.Of(CatalogueReasons.InvalidOfferingCode, field, code);

    public static DomainError? Pace(int percent, Field? field = null) =>
        percent is >= 1 and <= 100 ? null : DomainError.Of(CatalogueReasons.InvalidPace, field, percent);

    /// <summary>A place (studieort) is a town's name or a short code: at most 40 characters, no line breaks or other control characters.</summary>
    public static DomainError? Place(string place, Field? field = null) =>
        place.Length > MaxPlaceLength
            ? DomainError.Of(CatalogueReasons.PlaceTooLong, field, MaxPlaceLength, place, place.Length)
        : place.Any(char.IsControl) ? DomainError.Of(CatalogueReasons.PlaceNotOneLine, field)
        : null;

    /// <summary>
    /// SCB's subject groups (ämnesgrupper) for courses are two capital letters and a digit, such as DA1 (datateknik) or MA1
    /// (matematik); SCB's standard also has wider groups, but a course takes one of these (University of Gothenburg's syllabus guide).
    /// </summary>
    public static DomainError? SubjectGroup(string code, Field? field = null) =>
        code.Length == 3 && code[..2].All(c => c is >= 'A' and <= 'Z' or 'Å' or 'Ä' or 'Ö') && char.IsAsciiDigit(code[2])
            ? null
            : DomainError.Of(CatalogueReasons.InvalidSubjectGroup, field, code);

    /// <summary>
    /// A course's educational areas: at least one, each once, each share above 0 and at most 1 in thousandths, the shares summing
    /// to 1, so a course's HST and HPR are split between its areas without loss.
    /// </summary>
    public static IEnumerable<DomainError> EducationalAreas(IReadOnlyList<EducationalAreaShare> areas, Field field)
    {
        if (areas.Count == 0)
        {
            yield return DomainError.Of(CatalogueReasons.EducationalAreaMissing, field);
            yield break;
        }

        for (var i = 0; i < areas.Count; i++)
        {
            var share = areas[i].Share;
            if (share <= 0 || share > 1 || share * 1000 != decimal.Truncate(share * 1000))
            {
                yield return DomainError.Of(CatalogueReasons.InvalidAreaShare, field.At(i).Then(nameof(EducationalAreaShare.Share)), share);
            }
        }

        if (areas.GroupBy(a => a.Area).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            yield return DomainError.Of(CatalogueReasons.EducationalAreaTwice, field, duplicate.Key);
        }

        var sum = areas.Sum(a => a.Share);
        if (sum != 1m)
        {
            yield return DomainError.Of(CatalogueReasons.AreaSharesSum, field, sum);
        }
    }

    /// <summary>Trims and upper-cases a code as people type it (" 5dv001 " → "5DV001").</summary>
    public static string Normalise(string code) => code.Trim().ToUpperInvariant();

    /// <summary>As <see cref="Normalise"/>, for a code that may be left out: an empty one is none.</summary>
    public static string? NormaliseOrNone(string? code) => string.IsNullOrWhiteSpace(code) ? null : Normalise(code);
}
