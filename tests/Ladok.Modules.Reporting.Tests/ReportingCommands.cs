using Autofac;
using Ladok.Kernel;
using Ladok.Kernel.Commands;
using Ladok.Kernel.Errors;
using Ladok.Modules.Catalogue.Contracts;
using Ladok.Modules.Records.Contracts;
using Ladok.Modules.Reporting.Data;
using Ladok.Plugins.Sdk;
using Microsoft.EntityFrameworkCore;

namespace Ladok.Modules.Reporting.Tests;

/// <summary>
/// Reporting's command handlers as the host runs them, through the Kernel's pipeline in the module's own container
/// registrations, on the test's database, fakes and clock: a test names the command, never a handler's dependencies.
/// </summary>
public sealed class ReportingCommands : IDisposable
{
    private readonly IContainer container;

    public ReportingCommands(
        IDbContextFactory<ReportingDbContext> databases, IRecordsQueries records, ICatalogueQueries catalogue,
        IUniversityProfile university, TimeProvider clock)
    {
        var builder = new ContainerBuilder();
        builder.RegisterModule<KernelModule>();
        builder.RegisterModule<ReportingModule>();
        builder.RegisterInstance(databases).As<IDbContextFactory<ReportingDbContext>>().ExternallyOwned();
        builder.RegisterInstance(records).As<IRecordsQueries>().ExternallyOwned();
        builder.RegisterInstance(catalogue).As<ICatalogueQueries>().ExternallyOwned();
        builder.RegisterInstance(university).As<IUniversityProfile>().ExternallyOwned();
        builder.RegisterInstance(clock).As<TimeProvider>().ExternallyOwned();
        container = builder.Build();
    }

    public Task<Outcome<TResult>> RunAsync<TCommand, TResult>(TCommand command) =>
        container.Resolve<CommandPipeline>().RunAsync<TCommand, TResult>(command, caller: null, CancellationToken.None);

    public void Dispose() => container.Dispose();
}
