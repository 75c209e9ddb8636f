namespace Ladok.Modules.Notifications.Application;

/// <summary>How the university sends notification e-mails: the host reads them from <c>Notifications:*</c> (operations.md).</summary>
public sealed record NotificationMailOptions
{
    /// <summary>The SMTP server (<c>Notifications:Smtp:Host</c>); null sends no mail over SMTP.</summary>
    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 587;

    /// <summary>How the connection is secured (<c>Notifications:Smtp:Tls</c>).</summary>
    public MailSecurity Security { get; init; } = MailSecurity.StartTls;

    /// <summary>The account to sign in with; none for a server that takes mail without.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>The sender, as <c>Name &lt;address&gt;</c> or an address alone.</summary>
    public string Sender { get; init; } = "Ladok <no-reply@ladok.invalid>";

    /// <summary>A folder the mails are written to as .eml files instead of being sent (Development, or a test); null sends over SMTP.</summary>
    public string? PickupDirectory { get; init; }

    /// <summary>How often the sender looks for mails to send.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a mail the server refused waits before its second attempt; each later wait is twice the one before.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts the sender gives the mail up (logged as an error); the notification stays.</summary>
    public int MaxAttempts { get; init; } = 20;

    /// <summary>How long one SMTP conversation may take.</summary>
    public TimeSpan SmtpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether notifications are mailed at all: a pickup folder or an SMTP server is configured.</summary>
    public bool SendsMail => PickupDirectory is not null || SmtpHost is not null;

    /// <summary>The wait after the given number of failed attempts: doubling from the first, at most the longest.</summary>
    public TimeSpan RetryDelay(int failedAttempts)
    {
        var doubled = FirstRetryDelay * Math.Pow(2, Math.Min(Math.Max(failedAttempts - 1, 0), 30));
        return doubled < MaxRetryDelay ? doubled : MaxRetryDelay;
    }
}

/// <summary>How the SMTP connection is secured.</summary>
public enum MailSecurity
{
    /// <summary>STARTTLS on the submission port (587), required.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>STARTTLS when the server offers it, plain otherwise.</summary>
    Auto,

    /// <summary>No TLS: only for a relay on the same machine or network.</summary>
    None,
}
