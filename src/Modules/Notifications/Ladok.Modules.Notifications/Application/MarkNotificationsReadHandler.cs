using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Notifications.Data;
using Ladok.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Notifications.Application;

/// <summary>
/// Marks the student's notifications read. Only their own: an id that is none of theirs (another student's included) refuses the
/// whole call and marks nothing. Marking one already read keeps its first time.
/// </summary>
public sealed class MarkNotificationsReadHandler(IUnitOfWork<NotificationsDbContext> unit, TimeProvider clock)
    : ICommandHandler<MarkNotificationsReadCommand, MarkedNotifications>
{
    public async Task<Outcome<MarkedNotifications>> HandleAsync(MarkNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!command.All && command.Ids.Count == 0) return DomainError.Of(NotificationsReasons.NothingToMark, Field.Of(nameof(command.Ids)));

        var db = unit.Db;
        var own = db.Notifications.Where(n => n.StudentId == command.StudentId);
        var named = await own.Where(n => command.Ids.Contains(n.Id)).ToListAsync(cancellationToken);
        var missing = command.Ids
            .Select((id, index) => (Id: id, Index: index))
            .Where(x => !named.Exists(n => n.Id == x.Id))
            .Select(x => DomainError.Of(NotificationsReasons.NotificationNotFound, Field.Of(nameof(command.Ids)).At(x.Index)))
            .ToList();
        if (missing.Count > 0) return Outcome<MarkedNotifications>.Failure(missing);

        var marked = command.All
            ? named.Concat(await own.Where(n => n.ReadAt == null && !command.Ids.Contains(n.Id)).ToListAsync(cancellationToken)).ToList()
            : named;
        var now = clock.GetUtcNow();
        foreach (var notification in marked) notification.MarkRead(now);

        var markedIds = marked.Select(n => n.Id).ToList();
        var unread = await own.CountAsync(n => n.ReadAt == null && !markedIds.Contains(n.Id), cancellationToken);
        return Outcome<MarkedNotifications>.Success(new MarkedNotifications(marked, unread));
    }
}
