using System.Text.Json;
using Autofac;

namespace Ladok.Kernel.Events;

/// <summary>
/// A subscriber to one event type, as the dispatchers see it: a stable name (the delivery rows
/// are keyed by it, so renaming a subscriber redelivers everything still pending to it) and a way
/// to call the handler in a fresh lifetime scope. Made by <see cref="OutboxRegistration.RegisterIntegrationEventHandler{THandler}"/>,
/// or by <see cref="ForJson"/> for a subscriber that knows the event by name only (a plugin's).
/// </summary>
public sealed class IntegrationEventSubscription
{
    private readonly Func<ILifetimeScope, object, IntegrationEventContext, CancellationToken, Task> invoke;

    private IntegrationEventSubscription(
        string subscriber, Type eventType, string eventName, Func<ILifetimeScope, object, IntegrationEventContext, CancellationToken, Task> invoke)
    {
        Subscriber = subscriber;
        EventType = eventType;
        EventName = eventName;
        this.invoke = invoke;
    }

    public string Subscriber { get; }

    /// <summary>The type the payload is read as: the event's record, or <see cref="JsonElement"/> for <see cref="ForJson"/>.</summary>
    public Type EventType { get; }

    /// <summary>The name the event is stored under; messages are matched to subscribers by it.</summary>
    public string EventName { get; }

    internal static IntegrationEventSubscription For<THandler, TEvent>(string subscriber)
        where THandler : IIntegrationEventHandler<TEvent>
        where TEvent : IIntegrationEvent =>
        new(subscriber, typeof(TEvent), IntegrationEventNameAttribute.Of(typeof(TEvent)), async (scope, @event, context, cancellationToken) =>
        {
            await using var handlerScope = scope.BeginLifetimeScope();
            await handlerScope.Resolve<THandler>().HandleAsync((TEvent)@event, context, cancellationToken);
        });

    /// <summary>
    /// A subscriber that knows an event only by its stored name and reads its payload as JSON, never
    /// by the publishing module's .NET type: how the host subscribes plugins, whose contract is the
    /// name and the JSON. It gets its own delivery rows, retries and parking like any other subscriber.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.RegisterInstance(IntegrationEventSubscription.ForJson("plugin:se.umu.ladok/local-system", "records.result-attested",
    ///     (scope, payload, context, ct) =&gt; notifier.SendAsync(payload.GetProperty("resultId").GetGuid(), ct)));
    /// </code>
    /// </example>
    public static IntegrationEventSubscription ForJson(
        string subscriber, string eventName, Func<ILifetimeScope, JsonElement, IntegrationEventContext, CancellationToken, Task> handle)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subscriber);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        ArgumentNullException.ThrowIfNull(handle);
        return new(
            subscriber, typeof(JsonElement), eventName,
            (scope, payload, context, cancellationToken) => handle(scope, (JsonElement)payload, context, cancellationToken));
    }

    internal Task InvokeAsync(ILifetimeScope scope, object @event, IntegrationEventContext context, CancellationToken cancellationToken) =>
        invoke(scope, @event, context, cancellationToken);
}
