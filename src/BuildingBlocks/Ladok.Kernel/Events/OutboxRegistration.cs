using System.Reflection;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace Ladok.Kernel.Events;

/// <summary>How a module wires its outbox and its subscribers into the container.</summary>
public static class OutboxRegistration
{
    /// <summary>
    /// Registers the dispatcher of <typeparamref name="TContext"/>'s outbox as a hosted service
    /// (the host starts every <see cref="IHostedService"/> after the migrations have run), the
    /// shared <see cref="IOutboxSignal"/>, and an <see cref="IOutboxAdministration"/> for operators.
    /// The context must be registered with <c>RegisterModuleDatabase</c> and its model must call
    /// <see cref="OutboxModel.AddOutbox"/>. Without <paramref name="options"/> the dispatcher takes
    /// the <see cref="OutboxOptions"/> registered in the container (the host's configuration), else the defaults.
    /// </summary>
    public static void RegisterOutbox<TContext>(this ContainerBuilder builder, OutboxOptions? options = null) where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.RegisterType<OutboxSignal>().AsSelf().As<IOutboxSignal>().SingleInstance().IfNotRegistered(typeof(OutboxSignal));
        var dispatcher = builder.RegisterType<OutboxDispatcher<TContext>>()
            .AsSelf()
            .As<IHostedService>()
            .SingleInstance();
        if (options is not null) dispatcher.WithParameter(TypedParameter.From(options));
        builder.RegisterType<OutboxAdministration<TContext>>().As<IOutboxAdministration>().SingleInstance();
    }

    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> to every event type it handles
    /// (each <see cref="IIntegrationEventHandler{TEvent}"/> it implements), in every module's outbox.
    /// The handler is resolved in a fresh lifetime scope per delivery.
    /// </summary>
    /// <param name="builder">The container builder.</param>
    /// <param name="subscriber">
    /// The stable name delivery state is kept under; by default the handler type's full name.
    /// Give one when the class may be renamed or moved.
    /// </param>
    public static void RegisterIntegrationEventHandler<THandler>(this ContainerBuilder builder, string? subscriber = null) where THandler : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = subscriber ?? typeof(THandler).FullName ?? typeof(THandler).Name;
        var eventTypes = typeof(THandler).GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();
        if (eventTypes.Count == 0)
        {
            throw new ArgumentException($"{typeof(THandler).FullName} implements no IIntegrationEventHandler<TEvent>.", nameof(THandler));
        }

        builder.RegisterType<THandler>().AsSelf().InstancePerLifetimeScope();
        foreach (var eventType in eventTypes)
        {
            var subscription = (IntegrationEventSubscription)SubscriptionFor.MakeGenericMethod(typeof(THandler), eventType).Invoke(null, [name])!;
            builder.RegisterInstance(subscription).As<IntegrationEventSubscription>();
        }
    }

    private static readonly MethodInfo SubscriptionFor =
        typeof(IntegrationEventSubscription).GetMethod(nameof(IntegrationEventSubscription.For), BindingFlags.NonPublic | BindingFlags.Static)!;
}
