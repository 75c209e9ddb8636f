using Autofac;
using Ladok.Kernel;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Training.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Training.Tests;

/// <summary>
/// The Training module's command handlers as the host runs them, through the Kernel's pipeline in the module's own
/// container registrations, on the test's database and clock: a test names the command, never a handler's dependencies.
/// </summary>
public sealed class TrainingCommands(IDbContextFactory<TrainingDbContext> databases, TimeProvider clock) : IDisposable
{
    private readonly IContainer container = Build(databases, clock);

    public Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command) =>
        container.Resolve<CommandPipeline>().RunAsync<TCommand, TResult>(command, caller: null, CancellationToken.None);

    public void Dispose() => container.Dispose();

    private static IContainer Build(IDbContextFactory<TrainingDbContext> databases, TimeProvider clock)
    {
        var builder = new ContainerBuilder();
        builder.RegisterModule<KernelModule>();
        builder.RegisterModule<TrainingModule>();
        builder.RegisterInstance(databases).As<IDbContextFactory<TrainingDbContext>>().ExternallyOwned();
        builder.RegisterInstance(clock).As<TimeProvider>();
        return builder.Build();
    }
}
