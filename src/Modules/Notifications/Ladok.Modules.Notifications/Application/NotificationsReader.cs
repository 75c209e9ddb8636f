using Ladok.Kernel.GraphQL.Relay;
using Ladok.Modules.Notifications.Data;
using Ladok.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Notifications.Application;

/// <summary>A student's notifications, as the GraphQL layer reads them: only ever by the signed-in student's own id.</summary>
public sealed class NotificationsReader(IDbContextFactory<NotificationsDbContext> databases)
{
    /// <summary>Newest first; unread ones only when asked.</summary>
    public async Task<Connection<Notification>> NotificationsAsync(Guid studentId, bool unreadOnly, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var query = db.Notifications.AsNoTracking().Where(n => n.StudentId == studentId);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        return await query.ToConnectionAsync(
            [
                SortKey.Instant<Notification>(n => n.OccurredAt, OrderDirection.Descending),
                SortKey.Code<Notification>(n => n.Id.ToString(), OrderDirection.Descending),
            ],
            page, cancellationToken);
    }

    public async Task<int> UnreadCountAsync(Guid studentId, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.StudentId == studentId && n.ReadAt == null, cancellationToken);
    }
}
