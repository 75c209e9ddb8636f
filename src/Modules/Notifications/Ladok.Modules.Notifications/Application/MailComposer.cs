using Ladok.Kernel.Errors;
using Ladok.Modules.Notifications.Domain;
using MimeKit;

namespace Ladok.Modules.Notifications.Application;

/// <summary>
/// A notification's e-mail: the subject and text in Swedish first, then English. The Message-Id is made from the mail's own id, so
/// a mail sent again after a crash (the server took it, the mark did not commit) is the same message to the receiving servers.
/// </summary>
public static class MailComposer
{
    public static MimeMessage Compose(OutgoingMail mail, Notification notification, NotificationMailOptions options)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(options);
        var sender = MailboxAddress.Parse(options.Sender);
        var message = new MimeMessage
        {
            MessageId = $"{mail.Id:N}@{sender.Domain}",
            Date = notification.OccurredAt,
            Subject = $"{NotificationTexts.Title(notification, ErrorTexts.Swedish)} / {NotificationTexts.Title(notification, ErrorTexts.English)}",
            Body = new TextPart("plain")
            {
                Text = string.Join("\n\n",
                    NotificationTexts.Text(notification, ErrorTexts.Swedish),
                    NotificationTexts.MailFooter(ErrorTexts.Swedish),
                    "----",
                    NotificationTexts.Text(notification, ErrorTexts.English),
                    NotificationTexts.MailFooter(ErrorTexts.English)) + "\n",
            },
        };
        message.From.Add(sender);
        message.To.Add(MailboxAddress.Parse(mail.Address));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}
