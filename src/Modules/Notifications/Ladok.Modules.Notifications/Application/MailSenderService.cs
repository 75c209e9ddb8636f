using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ladok.Modules.Notifications.Application;

/// <summary>Runs the <see cref="MailSender"/> in the background every poll interval, when the university sends mail at all.</summary>
public sealed class MailSenderService(MailSender sender, NotificationMailOptions options, TimeProvider clock, ILogger<MailSenderService>? logger = null)
    : BackgroundService
{
    private readonly ILogger logger = logger ?? NullLogger<MailSenderService>.Instance;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.SendsMail) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await sender.SendPendingAsync(stoppingToken);
                await Task.Delay(options.PollInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The loop must outlive a database that is down for a while; the next poll tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogError(e, "Sending notification mails failed; trying again at the next poll");
                await Task.Delay(options.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
