using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Ladok.Modules.Notifications.Tests;

/// <summary>
/// Just enough of an SMTP server on a loopback port for MailKit to hand it mail (no TLS, no authentication): it keeps each
/// message's recipients and data, so a test sees what reached the server and how often.
/// </summary>
internal sealed class TinySmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly List<(IReadOnlyList<string> Recipients, string Data)> received = [];
    private readonly Task serving;

    public TinySmtpServer()
    {
        listener.Start();
        serving = ServeAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public IReadOnlyList<(IReadOnlyList<string> Recipients, string Data)> Received
    {
        get
        {
            lock (received) return [.. received];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try
        {
            await serving;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
        stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            using var client = await listener.AcceptTcpClientAsync(stopping.Token);
            await ConverseAsync(client.GetStream());
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ESMTP");
        var recipients = new List<string>();
        while (await reader.ReadLineAsync(stopping.Token) is { } line)
        {
            var verb = line.Split(' ', ':')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "RCPT":
                    recipients.Add(line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('>', StringComparison.Ordinal)]);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 Go ahead");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(stopping.Token) is { } dataLine && dataLine != ".") data.Append(dataLine).Append("\r\n");
                    lock (received) received.Add((recipients.ToList(), data.ToString()));
                    recipients.Clear();
                    await writer.WriteLineAsync("250 Queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }
}
