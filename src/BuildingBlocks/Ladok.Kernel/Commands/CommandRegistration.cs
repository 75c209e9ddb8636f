using Autofac;

namespace Ladok.Kernel.Commands;

public static class CommandRegistration
{
    /// <summary>
    /// Registers <typeparamref name="THandler"/> as every <see cref="ICommandHandler{TCommand,TResult}"/> it
    /// implements, one per command's lifetime scope, so it shares the scope's unit of work.
    /// </summary>
    public static void RegisterCommandHandler<THandler>(this ContainerBuilder builder) where THandler : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        var handles = typeof(THandler).GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>));
        if (!handles) throw new ArgumentException($"{typeof(THandler).FullName} implements no ICommandHandler<TCommand, TResult>.", nameof(THandler));
        builder.RegisterType<THandler>().AsImplementedInterfaces().InstancePerLifetimeScope();
    }
}
