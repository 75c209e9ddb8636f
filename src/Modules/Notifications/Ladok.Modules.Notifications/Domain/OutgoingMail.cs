namespace Ladok.Modules.Notifications.Domain;

/// <summary>
/// A notification's e-mail waiting to be sent (the mail outbox): written in the same transaction as its notification, one per
/// notification, sent by the mail sender after commit, retried with a growing delay when the server fails, and never sent again once
/// sent.
/// </summary>
public sealed class OutgoingMail
{
    public OutgoingMail(Notification notification, string address, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        NotificationId = notification.Id;
        Address = address;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    // For EF Core.
    private OutgoingMail()
    {
    }

    public Guid Id { get; private set; }

    public Guid NotificationId { get; private set; }

    /// <summary>The student's e-mail address when the notification was made.</summary>
    public string Address { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the server accepted it; null while pending.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the sender may try it (again); null once sent or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>When the sender gave up after its last attempt; an operator may set <see cref="NextAttemptAt"/> again.</summary>
    public DateTimeOffset? GaveUpAt { get; private set; }

    public void Sent(DateTimeOffset at)
    {
        Attempts++;
        SentAt = at;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>A failed attempt: tried again after <paramref name="retryDelay"/> of the attempts so far, or given up after the last.</summary>
    public void Failed(string error, DateTimeOffset at, Func<int, TimeSpan> retryDelay, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(retryDelay);
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= maxAttempts)
        {
            GaveUpAt = at;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = at + retryDelay(Attempts);
        }
    }
}
