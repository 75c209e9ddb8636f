using System.Globalization;
using System.Resources;
using Ladok.Kernel.Errors;
using Ladok.Modules.Notifications.Domain;

namespace Ladok.Modules.Notifications.Application;

/// <summary>
/// A notification's title and text in a language, written from its kind and facts when it is read: Swedish from
/// <c>NotificationTexts.resx</c>, English from the <c>en</c> satellite, the language chosen as error messages choose it (English for
/// <c>en</c>, Swedish otherwise). Times are Swedish time, where the universities are.
/// </summary>
public static class NotificationTexts
{
    private static readonly ResourceManager Resources = new(typeof(NotificationTexts));
    private static readonly TimeZoneInfo SwedishTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    public static string Title(Notification notification, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var language = Language(culture);
        return notification.Kind switch
        {
            NotificationKind.RegistrationConfirmed => Format(language, "RegistrationConfirmedTitle", notification.CourseCode),
            NotificationKind.ExamSignUpConfirmed => Format(language, "ExamSignUpConfirmedTitle", notification.CourseCode),
            NotificationKind.ResultAttested => Format(language, "ResultAttestedTitle", notification.CourseCode),
            _ => throw new ArgumentOutOfRangeException(nameof(notification), notification.Kind, "No title for this kind."),
        };
    }

    public static string Text(Notification notification, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var language = Language(culture);
        var name = ErrorTexts.IsEnglish(language) ? notification.CourseNameEn : notification.CourseNameSv;
        var module = notification.ModuleCode is { } code ? Format(language, "Module", code) : "";
        return notification.Kind switch
        {
            NotificationKind.RegistrationConfirmed => Format(language, "RegistrationConfirmedText", notification.CourseCode, name, notification.Term),
            NotificationKind.ExamSignUpConfirmed => Format(
                language, "ExamSignUpConfirmedText", notification.CourseCode, name, module, Local(notification.StartsAt).ToString("yyyy-MM-dd", language),
                Local(notification.StartsAt).ToString("HH:mm", language), Local(notification.EndsAt).ToString("HH:mm", language), notification.Place),
            NotificationKind.ResultAttested => Format(language, "ResultAttestedText", notification.CourseCode, name, module, notification.Grade),
            _ => throw new ArgumentOutOfRangeException(nameof(notification), notification.Kind, "No text for this kind."),
        };
    }

    /// <summary>The closing line of an e-mail, in <paramref name="culture"/>'s language.</summary>
    public static string MailFooter(CultureInfo culture) => Template(Language(culture), "MailFooter");

    private static CultureInfo Language(CultureInfo culture) => ErrorTexts.IsEnglish(culture) ? ErrorTexts.English : ErrorTexts.Swedish;

    private static DateTimeOffset Local(DateTimeOffset? instant) =>
        TimeZoneInfo.ConvertTime(instant ?? throw new InvalidOperationException("An exam notification without its time."), SwedishTime);

    private static string Format(CultureInfo language, string name, params object?[] arguments) =>
        string.Format(language, Template(language, name), arguments);

    private static string Template(CultureInfo language, string name)
    {
        // The neutral resources are Swedish; English must come from the en satellite itself, never fall back to Swedish.
        var set = Resources.GetResourceSet(ErrorTexts.IsEnglish(language) ? ErrorTexts.English : CultureInfo.InvariantCulture, true, false);
        return set?.GetString(name) ?? throw new InvalidOperationException($"NotificationTexts has no {name} in {language.Name}.");
    }
}
