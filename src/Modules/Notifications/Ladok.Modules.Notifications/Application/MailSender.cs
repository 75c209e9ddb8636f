using Ladok.Modules.Notifications.Data;
using Ladok.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ladok.Modules.Notifications.Application;

/// <summary>
/// Sends the mail outbox. Each pending mail that is due is taken under <c>FOR UPDATE SKIP LOCKED</c> in a transaction of its own and
/// held while it is handed to the transport, so two hosts never send one mail at once; a sent mail is marked sent in that transaction
/// and never taken again, a refused one waits a growing delay (<see cref="NotificationMailOptions.RetryDelay"/>) and is given up after
/// <see cref="NotificationMailOptions.MaxAttempts"/>.
/// </summary>
public sealed class MailSender(
    IDbContextFactory<NotificationsDbContext> databases, IMailTransport transport, NotificationMailOptions options, TimeProvider clock,
    ILogger<MailSender>? logger = null)
{
    private readonly ILogger logger = logger ?? NullLogger<MailSender>.Instance;

    /// <summary>One pass over the mails that are due, each at most once; returns how many were sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        var after = Guid.Empty;
        while (await SendNextAsync(after, cancellationToken) is { } outcome)
        {
            after = outcome.MailId;
            if (outcome.Sent) sent++;
        }
        return sent;
    }

    private async Task<(Guid MailId, bool Sent)?> SendNextAsync(Guid after, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var mail = await db.Mails
            .FromSql($"""
                SELECT * FROM notifications.mails
                WHERE sent_at IS NULL AND next_attempt_at <= {now} AND id > {after}
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
                """)
            .SingleOrDefaultAsync(cancellationToken);
        if (mail is null) return null;

        var notification = await db.Notifications.SingleAsync(n => n.Id == mail.NotificationId, cancellationToken);
        try
        {
            await transport.SendAsync(MailComposer.Compose(mail, notification, options), cancellationToken);
            mail.Sent(clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever the server or the folder did, the mail waits for its next attempt; the pass goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            mail.Failed($"{e.GetType().Name}: {e.Message}", clock.GetUtcNow(), options.RetryDelay, options.MaxAttempts);
            if (mail.GaveUpAt is not null)
            {
                logger.LogError(e, "Gave up mail {MailId} of notification {NotificationId} after {Attempts} attempts", mail.Id, notification.Id, mail.Attempts);
            }
            else
            {
                logger.LogWarning(
                    e, "Sending mail {MailId} failed (attempt {Attempts}); trying again at {NextAttemptAt}", mail.Id, mail.Attempts, mail.NextAttemptAt);
            }
        }

        // The mark is saved whatever the transport did: sent, or when to try again.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return (mail.Id, mail.SentAt is not null);
    }
}
