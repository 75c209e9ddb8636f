using Autofac;

namespace Ladok.Kernel.Events;

/// <summary>
/// A subscriber to one event type, as the dispatchers see it: a stable name (the delivery rows
/// are keyed by it, so renaming a subscriber redelivers everything still pending to it) and a way
/// to call the handler in a fresh lifetime scope. Made by <see cref="OutboxRegistration.RegisterIntegrationEventHandler{THandler}"/>.
/// </summary>
public sealed class IntegrationEventSubscription
{
    private readonly Func<ILifetimeScope, object, IntegrationEventContext, CancellationToken, Task> invoke;

    private IntegrationEventSubscription(string subscriber, Type eventType, Func<ILifetimeScope, object, IntegrationEventContext, CancellationToken, Task> invoke)
    {
        Subscriber = subscriber;
        EventType = eventType;
        EventName = IntegrationEventNameAttribute.Of(eventType);
        this.invoke = invoke;
    }

    public string Subscriber { get; }

    public Type EventType { get; }

    /// <summary>The name the event is stored under; messages are matched to subscribers by it.</summary>
    public string EventName { get; }

    internal static IntegrationEventSubscription For<THandler, TEvent>(string subscriber)
        where THandler : IIntegrationEventHandler<TEvent>
        where TEvent : IIntegrationEvent =>
        new(subscriber, typeof(TEvent), async (scope, @event, context, cancellationToken) =>
        {
            await using var handlerScope = scope.BeginLifetimeScope();
            await handlerScope.Resolve<THandler>().HandleAsync((TEvent)@event, context, cancellationToken);
        });

    internal Task InvokeAsync(ILifetimeScope scope, object @event, IntegrationEventContext context, CancellationToken cancellationToken) =>
        invoke(scope, @event, context, cancellationToken);
}
