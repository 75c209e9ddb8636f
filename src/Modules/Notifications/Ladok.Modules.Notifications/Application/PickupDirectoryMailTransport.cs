using MimeKit;

namespace Ladok.Modules.Notifications.Application;

/// <summary>
/// Writes each mail as an .eml file named by its Message-Id into a folder, instead of sending it (Development, tests). The file
/// appears whole (written aside, then moved in), and a mail written again replaces its own file rather than adding one.
/// </summary>
public sealed class PickupDirectoryMailTransport(string directory) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Directory.CreateDirectory(directory);
        var name = (message.MessageId ?? throw new ArgumentException("A mail without a Message-Id.", nameof(message))).Split('@')[0];
        var path = Path.Combine(directory, name + ".eml");
        var partial = Path.Combine(directory, name + ".eml.partial");
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }
}
