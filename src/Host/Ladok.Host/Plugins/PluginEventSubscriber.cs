using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Autofac;
using Ladok.Host.Composition;
using Ladok.Kernel.Events;
using Ladok.Kernel.Plugins;
using Ladok.Modules.Records.Contracts;
using Ladok.Plugins.Sdk;

namespace Ladok.Host.Plugins;

/// <summary>
/// A plugin's <see cref="IEventSubscriber"/> as the outbox sees it: one subscription for each event
/// it wants, all under <see cref="SubscriptionName"/>, so it has delivery rows, retries and parking of
/// its own and never holds up the module's subscribers or other plugins'. The plugin's code runs
/// through the Kernel's <see cref="PluginGuard"/> (thread pool, time-out, <see cref="PluginMetrics"/>);
/// whatever goes wrong is logged with the plugin's id and the extension point, then thrown as a
/// <see cref="PluginFailureException"/> that the dispatcher records as the delivery's last error.
/// </summary>
public sealed partial class PluginEventSubscriber
{
    /// <summary>How logs and errors name this extension point.</summary>
    public const string ExtensionPoint = "event subscriber";

    private PluginEventSubscriber(string pluginId, IEventSubscriber subscriber)
    {
        PluginId = pluginId;
        Subscriber = subscriber;
    }

    public string PluginId { get; }

    public IEventSubscriber Subscriber { get; }

    /// <summary>The stable name its deliveries are kept under: <c>plugin:&lt;plugin id&gt;/&lt;subscriber name&gt;</c>.</summary>
    public string SubscriptionName => $"plugin:{PluginId}/{Subscriber.Name}";

    /// <summary>A plugin's subscribers, checked: a name that is malformed or used twice, or no events, stops start-up.</summary>
    public static IEnumerable<PluginEventSubscriber> Of(LoadedPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        var id = plugin.Manifest.Id;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subscriber in plugin.EventSubscribers)
        {
            var name = subscriber.Name;
            if (name is null || !ValidName().IsMatch(name))
            {
                throw new StartupException($"The plugin {id} adds an event subscriber named '{name}'; a name is 1–100 lower case letters, digits and dashes.");
            }
            if (!seen.Add(name)) throw new StartupException($"The plugin {id} adds two event subscribers named {name}; each needs a name of its own.");
            if (subscriber.Events is not { Count: > 0 } events || events.Any(string.IsNullOrWhiteSpace))
            {
                throw new StartupException($"The event subscriber {name} of the plugin {id} names no events, or an empty one.");
            }
            yield return new PluginEventSubscriber(id, subscriber);
        }
    }

    /// <summary>What the host registers with the outboxes: one subscription per event name.</summary>
    public IEnumerable<IntegrationEventSubscription> Subscriptions(TimeSpan timeout) =>
        Subscriber.Events.Distinct(StringComparer.Ordinal).Select(eventName => IntegrationEventSubscription.ForJson(SubscriptionName, eventName,
            async (scope, payload, context, cancellationToken) => await DeliverAsync(scope, new IntegrationEvent(
                eventName, context.MessageId, context.OccurredAt, context.Attempt, await WithIdentityNumberAsync(scope, payload, cancellationToken)),
                timeout, cancellationToken)));

    /// <summary>
    /// Since SDK 1.8 an event about a student carries the student's identity number, so a plugin can name the student without
    /// asking anyone (the modules' events carry only the student's id). It is the number when the event is delivered: a number
    /// replaced since has its own <c>records.student-identity-number-changed</c>. A payload that has one keeps its own.
    /// </summary>
    private static async Task<JsonElement> WithIdentityNumberAsync(ILifetimeScope scope, JsonElement payload, CancellationToken cancellationToken)
    {
        if (payload.ValueKind != JsonValueKind.Object || payload.TryGetProperty("identityNumber", out _)
            || !payload.TryGetProperty("studentId", out var id) || !id.TryGetGuid(out var studentId))
        {
            return payload;
        }
        if (await scope.Resolve<IRecordsQueries>().GetStudentAsync(studentId, cancellationToken) is not { } student) return payload;

        var enriched = JsonNode.Parse(payload.GetRawText())!.AsObject();
        enriched["identityNumber"] = student.IdentityNumber;
        return JsonSerializer.SerializeToElement(enriched);
    }

    private async Task DeliverAsync(ILifetimeScope scope, IntegrationEvent integrationEvent, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var fault = await PluginGuard.TryRunAsync(PluginId, ExtensionPoint, stop => Subscriber.HandleAsync(integrationEvent, stop), timeout,
            scope.Resolve<TimeProvider>(), cancellationToken);
        if (fault is null) return;

        // The dispatcher records the exception as the delivery's last error and goes on to the next subscriber.
        var logger = scope.Resolve<ILogger<PluginEventSubscriber>>();
        if (fault.Exception is not { } e)
        {
            logger.LogError("The {ExtensionPoint} {Subscriber} of plugin {PluginId} did not finish {Event} {EventId} (attempt {Attempt}) within {Timeout}",
                ExtensionPoint, Subscriber.Name, PluginId, integrationEvent.Name, integrationEvent.Id, integrationEvent.Attempt, timeout);
            var seconds = timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            throw new PluginFailureException(
                $"The {ExtensionPoint} {Subscriber.Name} of the plugin {PluginId} did not finish {integrationEvent.Name} within {seconds} s.");
        }
        logger.LogError(e, "The {ExtensionPoint} {Subscriber} of plugin {PluginId} failed on {Event} {EventId} (attempt {Attempt})",
            ExtensionPoint, Subscriber.Name, PluginId, integrationEvent.Name, integrationEvent.Id, integrationEvent.Attempt);
        throw new PluginFailureException(
            $"The {ExtensionPoint} {Subscriber.Name} of the plugin {PluginId} failed on {integrationEvent.Name}: {e.GetType().Name}: {e.Message}", e);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex ValidName();
}

/// <summary>A plugin's code failed at run time, outside a GraphQL request; the message names the plugin and the extension point.</summary>
public sealed class PluginFailureException(string message, Exception? innerException = null) : Exception(message, innerException);
