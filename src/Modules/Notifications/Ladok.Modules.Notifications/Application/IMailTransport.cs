using MimeKit;

namespace Ladok.Modules.Notifications.Application;

/// <summary>Hands a composed mail on: to an SMTP server, or to a pickup folder. Throws when the mail was not taken.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
