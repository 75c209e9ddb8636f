using Autofac;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using Ladok.Kernel.Events;
using Ladok.Kernel.GraphQL;
using Npgsql;

namespace Ladok.Host.Observability;

/// <summary>
/// What observability adds to the container: GraphQL.NET's executer with the operation telemetry
/// plugged in (replacing the Kernel's plain one), and the outbox backlog gauges, created at start-up.
/// </summary>
internal sealed class ObservabilityModule(IConfiguration configuration) : Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.Register(_ => new OperationNameLabels(configuration.GetValue("Observability:MaxOperationNames", 200))).AsSelf().SingleInstance();
        builder.RegisterType<GraphQLOperationTelemetry>().As<IConfigureExecution>().SingleInstance();
        builder.Register(c => new DocumentExecuter(
                new GraphQLDocumentBuilder(), new DocumentValidator(), MutationsInOrder.Selector, c.Resolve<IEnumerable<IConfigureExecution>>()))
            .As<IDocumentExecuter>().SingleInstance();

        var refresh = configuration.GetValue("Observability:OutboxBacklogRefresh", TimeSpan.FromSeconds(15));
        builder.Register(c =>
            {
                var dataSource = c.Resolve<Lazy<NpgsqlDataSource>>();
                return new OutboxBacklogGauges(
                    c.Resolve<Lazy<IEnumerable<IOutboxAdministration>>>(),
                    new Lazy<string>(() => new NpgsqlConnectionStringBuilder(dataSource.Value.ConnectionString).Database ?? ""),
                    c.Resolve<TimeProvider>(), refresh, c.Resolve<ILogger<OutboxBacklogGauges>>());
            })
            .AsSelf().SingleInstance().AutoActivate();
    }
}
