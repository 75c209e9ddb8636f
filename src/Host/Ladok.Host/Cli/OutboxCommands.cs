using Ladok.Kernel.Events;
using Ladok.Kernel.Modules;

namespace Ladok.Host.Cli;

/// <summary>
/// <c>outbox parked</c>: every event delivery the dispatchers gave up on, in every module's outbox,
/// one tab-separated line each, with the module, message, event, subscriber, plugin, attempts and last error.
/// </summary>
[ModuleCommand("outbox", "parked", "Lists the event deliveries parked after repeated failure, one tab-separated line each.")]
internal sealed class OutboxParkedCommand(IEnumerable<IOutboxAdministration> outboxes) : IModuleCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var parked = new List<ParkedDelivery>();
        foreach (var outbox in outboxes) parked.AddRange(await outbox.ParkedAsync(cancellationToken));
        if (parked.Count == 0)
        {
            Console.WriteLine("No parked deliveries.");
            return 0;
        }

        Console.WriteLine("module\tmessage\tevent\tsubscriber\tplugin\tattempts\tparked_at\tlast_error");
        foreach (var p in parked)
        {
            Console.WriteLine(
                string.Join(
                    '\t', p.Module, p.MessageId, p.EventName, p.Subscriber, PluginOf(p.Subscriber), p.Attempts, p.ParkedAt.ToString("O"),
                    OneLine(p.LastError)));
        }
        Console.WriteLine($"{parked.Count} parked. Send again with: outbox retry <message>, or outbox retry all.");
        return 0;
    }

    /// <summary>The plugin id in a plugin subscriber's name (<c>plugin:&lt;id&gt;/&lt;name&gt;</c>), else <c>-</c>.</summary>
    private static string PluginOf(string subscriber) =>
        subscriber.StartsWith("plugin:", StringComparison.Ordinal) && subscriber.IndexOf('/', StringComparison.Ordinal) is > 7 and var slash
            ? subscriber[7..slash]
            : "-";

    private static string OneLine(string? text) => text is null ? "" : text.ReplaceLineEndings(" ").Replace('\t', ' ');
}

/// <summary>
/// <c>outbox retry &lt;message&gt;</c> or <c>outbox retry all</c>: re-queues parked deliveries, so the
/// running host's dispatchers call those subscribers again (and only those) at their next poll.
/// </summary>
[ModuleCommand("outbox", "retry", "Re-queues the parked deliveries of one message, or of all; the running host sends them at its next poll.",
    Argument = "message", ArgumentDescription = "A message id that `outbox parked` lists, or `all`.")]
internal sealed class OutboxRetryCommand(IEnumerable<IOutboxAdministration> outboxes) : IModuleCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        Guid? messageId;
        if (arguments is ["all" or "--all"]) messageId = null;
        else if (arguments is [var text] && Guid.TryParse(text, out var id)) messageId = id;
        else
        {
            await Console.Error.WriteLineAsync("Usage: outbox retry <message id> | outbox retry all (outbox parked lists the message ids).");
            return 2;
        }

        var requeued = 0;
        foreach (var outbox in outboxes) requeued += await outbox.RetryParkedAsync(messageId, cancellationToken);
        if (requeued == 0)
        {
            Console.WriteLine(messageId is { } one ? $"Message {one} has no parked deliveries." : "No parked deliveries.");
            return messageId is null ? 0 : 1;
        }

        Console.WriteLine($"Re-queued {requeued} parked deliveries; the running host sends them at its next outbox poll.");
        return 0;
    }
}
