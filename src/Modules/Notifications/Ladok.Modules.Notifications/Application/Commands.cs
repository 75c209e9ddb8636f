using Ladok.Modules.Notifications.Domain;

namespace Ladok.Modules.Notifications.Application;

/// <summary>The signed-in student marks their notifications read: those named, or all that are unread.</summary>
public sealed record MarkNotificationsReadCommand(Guid StudentId, IReadOnlyList<Guid> Ids, bool All, string By);

/// <summary>The notifications marked, and how many of the student's are still unread.</summary>
public sealed record MarkedNotifications(IReadOnlyList<Notification> Notifications, int UnreadCount);
