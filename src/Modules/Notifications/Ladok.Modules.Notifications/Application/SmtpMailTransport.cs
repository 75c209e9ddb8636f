using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Ladok.Modules.Notifications.Application;

/// <summary>Sends each mail over SMTP with MailKit, one connection per mail: mails are few, and a connection never goes stale.</summary>
public sealed class SmtpMailTransport(NotificationMailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var host = options.SmtpHost ?? throw new InvalidOperationException("No SMTP server is configured (Notifications:Smtp:Host).");
        using var client = new SmtpClient { Timeout = (int)options.SmtpTimeout.TotalMilliseconds };
        var security = options.Security switch
        {
            MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            MailSecurity.Auto => SecureSocketOptions.StartTlsWhenAvailable,
            MailSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(host, options.SmtpPort, security, cancellationToken);
        if (options.UserName is { Length: > 0 } user) await client.AuthenticateAsync(user, options.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
