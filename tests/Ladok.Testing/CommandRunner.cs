using Autofac;
using Ladok.Kernel;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;

namespace Ladok.Testing;

/// <summary>
/// A module's commands as the host runs them: the Kernel and the module's own registrations in a container, with the test's
/// database, fakes and clock registered after them (so they win), and each command through the Kernel's
/// <see cref="CommandPipeline"/>: one unit of work, saved, committed and announced as a mutation's is. A test names the
/// command, never a handler's dependencies, so a new constructor argument touches no test.
/// </summary>
/// <example><c>new CommandRunner(b => { b.RegisterModule&lt;CatalogueModule&gt;(); b.RegisterInstance(factory); })</c></example>
public sealed class CommandRunner : IDisposable, IAsyncDisposable
{
    private readonly IContainer container;

    public CommandRunner(Action<ContainerBuilder> register)
    {
        ArgumentNullException.ThrowIfNull(register);
        var builder = new ContainerBuilder();
        builder.RegisterModule<KernelModule>();
        register(builder);
        container = builder.Build();
    }

    /// <summary>Runs the command by <paramref name="by"/>; <paramref name="scoped"/> registers what this one call uses instead.</summary>
    public async Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command, Caller? by = null, Action<ContainerBuilder>? scoped = null)
    {
        await using var scope = scoped is null ? container.BeginLifetimeScope() : container.BeginLifetimeScope(scoped);
        return await new CommandPipeline(scope).RunAsync<TCommand, TResult>(command, by, CancellationToken.None);
    }

    public void Dispose() => container.Dispose();

    public ValueTask DisposeAsync() => container.DisposeAsync();
}
