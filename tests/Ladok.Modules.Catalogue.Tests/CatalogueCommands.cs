using Autofac;
using Ladok.Kernel;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Catalogue.Tests;

/// <summary>
/// The Catalogue's command handlers as the host runs them, through the Kernel's pipeline in the module's own
/// container registrations, on the test's database: a test names the command, never a handler's dependencies.
/// </summary>
public sealed class CatalogueCommands(IDbContextFactory<CatalogueDbContext> databases) : IDisposable
{
    private readonly IContainer container = Build(databases);

    public Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command) =>
        container.Resolve<CommandPipeline>().RunAsync<TCommand, TResult>(command, caller: null, CancellationToken.None);

    public void Dispose() => container.Dispose();

    private static IContainer Build(IDbContextFactory<CatalogueDbContext> databases)
    {
        var builder = new ContainerBuilder();
        builder.RegisterModule<KernelModule>();
        builder.RegisterModule<CatalogueModule>();
        builder.RegisterInstance(databases).As<IDbContextFactory<CatalogueDbContext>>().ExternallyOwned();
        return builder.Build();
    }
}
