using Ladok.Kernel.Errors;

namespace Ladok.Modules.Notifications.Domain;

/// <summary>
/// Why the Notifications module refuses something. Texts in <c>NotificationsReasons.resx</c> (Swedish) and
/// <c>NotificationsReasons.en.resx</c>; the numbers in braces are the arguments each reason's error carries.
/// </summary>
public static class NotificationsReasons
{
    /// <summary>Marking read without naming notifications or asking for all. No arguments.</summary>
    public static readonly ErrorReason NothingToMark = Reason("NO_NOTIFICATIONS_NAMED", ErrorCode.Validation);

    /// <summary>A notification the student does not have (none by that id, or another student's). No arguments.</summary>
    public static readonly ErrorReason NotificationNotFound = Reason("NOTIFICATION_NOT_FOUND", ErrorCode.NotFound);

    private static ErrorReason Reason(string name, ErrorCode code) => ErrorReason.Of(typeof(NotificationsReasons), name, code);
}
