using System.Text.Encodings.Web;
using System.Text.Unicode;
using Autofac;
using Autofac.Features.ResolveAnything;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Ladok.Host.Database;
using Ladok.Host.GraphQL;
using Ladok.Host.Plugins;
using Ladok.Kernel;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Plugins;
using Npgsql;

namespace Ladok.Host.Composition;

/// <summary>What the container holds: the kernel, every module, the university plugin, and the GraphQL edge.</summary>
internal static class Container
{
    public static void Configure(ContainerBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        builder.RegisterModule<KernelModule>();
        foreach (var module in HostModules.All)
        {
            builder.RegisterModule(module);
        }

        var plugins = PluginCatalog.Load(PluginCatalog.DirectoryFrom(configuration));
        builder.RegisterInstance(plugins).AsSelf();
        var university = plugins.University(configuration["University:Code"]);
        builder.RegisterInstance(university).As<Ladok.Plugins.Sdk.IUniversityProfile>();
        builder.RegisterInstance(plugins.Prerequisites(university)).As<Ladok.Plugins.Sdk.IPermissionPrerequisites>();
        builder.RegisterInstance(plugins.Profiles(university)).As<IReadOnlyList<Ladok.Plugins.Sdk.PermissionProfileDefinition>>();
        builder.RegisterInstance(plugins.GradingScales(university)).As<IReadOnlyList<Ladok.Plugins.Sdk.GradingScaleDefinition>>();
        builder.RegisterInstance(plugins.Reports(university)).As<IReadOnlyList<Ladok.Plugins.Sdk.IUniversityReport>>();
        if (plugins.InactivityRule(university) is { } inactivity)
        {
            builder.RegisterInstance(new Ladok.Modules.Reporting.Application.PluginInactivityRule(inactivity.PluginId, inactivity.Rule));
        }
        builder.RegisterInstance(new PluginExtensions<Ladok.Plugins.Sdk.IResultRule>(
            plugins.ResultRules(university), configuration.GetValue("Plugins:ResultRuleTimeout", TimeSpan.FromSeconds(5))));

        builder.RegisterType<LadokDatabase>().AsSelf().SingleInstance();
        builder.Register(c => c.Resolve<LadokDatabase>().DataSource).As<NpgsqlDataSource>().SingleInstance().ExternallyOwned();

        // Swedish names stay readable (å, ä, ö unescaped); characters that are unsafe in HTML are still escaped.
        builder.Register(_ => new GraphQLSerializer(
                options => options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
                new LadokErrorInfoProvider(environment.IsDevelopment())))
            .As<IGraphQLSerializer>().As<IGraphQLTextSerializer>().SingleInstance();
        builder.RegisterType<GraphQLEndpoint>().AsSelf().SingleInstance();

        // Graph types are singletons built on first use, whichever module declares them, with the
        // fields other modules add to them.
        builder.RegisterSource(new AnyConcreteTypeNotAlreadyRegisteredSource(t => typeof(IGraphType).IsAssignableFrom(t))
        {
            RegistrationConfiguration = r => r.SingleInstance()
                .OnActivating(e => NodeTypeExtensions.Apply(e.Instance, e.Context.Resolve<IEnumerable<INodeTypeExtension>>())),
        });
    }
}
