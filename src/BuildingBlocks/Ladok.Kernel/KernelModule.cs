using Autofac;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using Ladok.Kernel.Commands;
using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Authorization;
using Ladok.Kernel.GraphQL.Loading;
using Ladok.Kernel.GraphQL.Relay;

namespace Ladok.Kernel;

/// <summary>What every module relies on: the schema, node lookup, batch loading, the policy check and the write pipeline.</summary>
public sealed class KernelModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<LadokSchema>().AsSelf().SingleInstance();
        builder.RegisterType<NodeQueryContributor>().As<ISchemaContributor>().SingleInstance();
        builder.Register(_ => new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(), MutationsInOrder.Selector, []))
            .As<IDocumentExecuter>().SingleInstance();
        builder.RegisterType<SignedInPolicyEvaluator>().As<IAuthorizationPolicyEvaluator>().SingleInstance()
            .IfNotRegistered(typeof(IAuthorizationPolicyEvaluator));
        builder.RegisterType<AuthorizationValidationRule>().AsSelf().SingleInstance();
        builder.RegisterType<BatchLoaderContext>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterType<CommandPipeline>().AsSelf().SingleInstance();
        builder.RegisterType<CommandScope>().AsSelf().InstancePerLifetimeScope();
        builder.RegisterGeneric(typeof(UnitOfWork<>)).As(typeof(IUnitOfWork<>)).InstancePerLifetimeScope();
        builder.RegisterInstance(TimeProvider.System).As<TimeProvider>().IfNotRegistered(typeof(TimeProvider));
    }
}
