using System.Text.Encodings.Web;
using System.Text.Unicode;
using Autofac;
using Autofac.Features.ResolveAnything;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Ladok.Host.Cli;
using Ladok.Host.Database;
using Ladok.Host.GraphQL;
using Ladok.Host.Observability;
using Ladok.Host.Plugins;
using Ladok.Kernel;
using Ladok.Kernel.Data;
using Ladok.Kernel.Events;
using Ladok.Kernel.Http;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Kernel.Plugins;
using Ladok.Kernel.Modules;
using Npgsql;

namespace Ladok.Host.Composition;

/// <summary>What the container holds: the kernel, every module, the university plugin, and the GraphQL edge.</summary>
internal static class Container
{
    /// <summary>How long a plugin report may take to give its next row (plugins.md, Reports).</summary>
    private static readonly TimeSpan ReportRowTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long the inactivity rule may take for one batch of a thousand students (plugins.md, Inactivity rule).</summary>
    private static readonly TimeSpan InactivityBatchTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long the re-registration rules may take for one registration (plugins.md, Re-registration rule).</summary>
    private static readonly TimeSpan ReRegistrationRuleTimeout = TimeSpan.FromSeconds(5);

    public static void Configure(ContainerBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        builder.RegisterModule<KernelModule>();
        foreach (var module in HostModules.All)
        {
            builder.RegisterModule(module);
        }

        var plugins = PluginCatalog.Load(PluginCatalog.DirectoryFrom(configuration), configuration);
        builder.RegisterInstance(plugins).AsSelf();
        var university = plugins.University(configuration["University:Code"]);
        builder.RegisterInstance(university).As<Ladok.Plugins.Sdk.IUniversityProfile>();
        builder.RegisterInstance(plugins.Prerequisites(university)).As<Ladok.Plugins.Sdk.IPermissionPrerequisites>();
        builder.RegisterInstance(plugins.Profiles(university)).As<IReadOnlyList<Ladok.Plugins.Sdk.PermissionProfileDefinition>>();
        builder.RegisterInstance(plugins.GradingScales(university)).As<IReadOnlyList<Ladok.Plugins.Sdk.GradingScaleDefinition>>();
        // Plugin code a module calls at run time, each with its plugin's id and a time-out, for the Kernel's PluginGuard.
        builder.RegisterInstance(new PluginExtensions<Ladok.Plugins.Sdk.IUniversityReport>(plugins.Reports(university), ReportRowTimeout));
        builder.RegisterInstance(new PluginExtensions<Ladok.Plugins.Sdk.IInactivityRule>(
            plugins.InactivityRule(university) is { } inactivity ? [inactivity] : [], InactivityBatchTimeout));
        builder.RegisterInstance(new PluginExtensions<Ladok.Plugins.Sdk.IResultRule>(
            plugins.ResultRules(university), configuration.GetValue("Plugins:ResultRuleTimeout", TimeSpan.FromSeconds(5))));
        builder.RegisterInstance(plugins.CreditTransferAttestation(university));
        builder.RegisterInstance(new PluginExtensions<Ladok.Plugins.Sdk.IReRegistrationRule>(
            plugins.ReRegistrationRules(university), ReRegistrationRuleTimeout));
        builder.RegisterInstance(new PluginExtensions<Ladok.Plugins.Sdk.IRegistrationObstacleRule>(
            plugins.RegistrationObstacleRules(university), ReRegistrationRuleTimeout));
        builder.RegisterInstance(plugins.SelfWithdrawalPeriod(university));
        RegisterEventDelivery(builder, configuration, plugins, university);
        RegisterSignedLinks(builder, configuration);
        RegisterNotificationMail(builder, configuration, environment);

        builder.RegisterType<LadokDatabase>().AsSelf().SingleInstance();
        builder.Register(c => c.Resolve<LadokDatabase>().DataSource).As<NpgsqlDataSource>().SingleInstance().ExternallyOwned();
        builder.Register(c => new ReadReplicaDataSource(c.Resolve<LadokDatabase>().ReadOnlyDataSource)).AsSelf().SingleInstance();

        // Swedish names stay readable (å, ä, ö unescaped); characters that are unsafe in HTML are still escaped.
        builder.Register(_ => new GraphQLSerializer(
                options => options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
                new LadokErrorInfoProvider(environment.IsDevelopment())))
            .As<IGraphQLSerializer>().As<IGraphQLTextSerializer>().SingleInstance();
        builder.RegisterType<GraphQLEndpoint>().AsSelf().SingleInstance();
        // Activated at start-up, so a manifest that does not load stops the host with its reason.
        builder.RegisterType<TrustedDocuments>().AsSelf().SingleInstance().AutoActivate();
        builder.RegisterModule(new ObservabilityModule(configuration));
        builder.RegisterDecorator<ReadRetryingDocumentExecuter, IDocumentExecuter>();

        // Graph types are singletons built on first use, whichever module declares them, with the
        // fields other modules add to them.
        builder.RegisterSource(new AnyConcreteTypeNotAlreadyRegisteredSource(t => typeof(IGraphType).IsAssignableFrom(t))
        {
            RegistrationConfiguration = r => r.SingleInstance()
                .OnActivating(e => NodeTypeExtensions.Apply(e.Instance, e.Context.Resolve<IEnumerable<INodeTypeExtension>>())),
        });
    }

    /// <summary>
    /// Download links signed with <c>Links:SigningKey</c>, valid for <c>Links:Lifetime</c> (five minutes unless set). Without a key
    /// each process makes its own, so a link works only on the host that gave it: fine for one host, not for several.
    /// </summary>
    private static void RegisterSignedLinks(ContainerBuilder builder, IConfiguration configuration)
    {
        var secret = configuration["Links:SigningKey"] is { Length: > 0 } configured
            ? System.Text.Encoding.UTF8.GetBytes(configured)
            : System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
        builder.RegisterInstance(new LinkSigningKey(secret));
        var lifetime = configuration.GetValue("Links:Lifetime", TimeSpan.FromMinutes(5));
        builder.Register(c => new SignedLinks(c.Resolve<LinkSigningKey>(), lifetime, c.Resolve<TimeProvider>())).AsSelf().SingleInstance();
    }

    /// <summary>
    /// How students' notifications are mailed (operations.md, Notification e-mail): over SMTP where <c>Notifications:Smtp:Host</c> is set;
    /// as .eml files in <c>Notifications:PickupDirectory</c> when that is set, or in Development (<c>artifacts/mail</c> under the content
    /// root); otherwise not at all.
    /// </summary>
    private static void RegisterNotificationMail(ContainerBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var defaults = new Ladok.Modules.Notifications.Application.NotificationMailOptions();
        var smtp = configuration.GetSection("Notifications:Smtp");
        var pickup = configuration["Notifications:PickupDirectory"] is { Length: > 0 } folder
            ? Path.GetFullPath(folder, environment.ContentRootPath)
            : environment.IsDevelopment() && smtp["Host"] is not { Length: > 0 } ? Path.Combine(environment.ContentRootPath, "artifacts", "mail") : null;
        builder.RegisterInstance(defaults with
        {
            SmtpHost = smtp["Host"] is { Length: > 0 } host ? host : null,
            SmtpPort = smtp.GetValue("Port", defaults.SmtpPort),
            Security = smtp.GetValue("Tls", defaults.Security),
            UserName = smtp["UserName"],
            Password = smtp["Password"],
            Sender = configuration["Notifications:Sender"] is { Length: > 0 } sender ? sender : defaults.Sender,
            PickupDirectory = pickup,
            PollInterval = configuration.GetValue("Notifications:PollInterval", defaults.PollInterval),
            FirstRetryDelay = configuration.GetValue("Notifications:FirstRetryDelay", defaults.FirstRetryDelay),
            MaxAttempts = configuration.GetValue("Notifications:MaxAttempts", defaults.MaxAttempts),
        });
    }

    /// <summary>
    /// The outboxes' pace from <c>Outbox:*</c>, each plugin event subscriber as an outbox subscription of its
    /// own (within <c>Plugins:EventSubscriberTimeout</c>), and the operator's <c>outbox parked</c> and <c>outbox retry</c>.
    /// </summary>
    private static void RegisterEventDelivery(
        ContainerBuilder builder, IConfiguration configuration, LoadedPlugins plugins, Ladok.Plugins.Sdk.IUniversityProfile university)
    {
        var defaults = new OutboxOptions();
        builder.RegisterInstance(defaults with
        {
            PollInterval = configuration.GetValue("Outbox:PollInterval", defaults.PollInterval),
            MaxAttempts = configuration.GetValue("Outbox:MaxAttempts", defaults.MaxAttempts),
            RetryDelay = OutboxOptions.DoublingFrom(configuration.GetValue("Outbox:FirstRetryDelay", TimeSpan.FromSeconds(1))),
        });

        var timeout = configuration.GetValue("Plugins:EventSubscriberTimeout", TimeSpan.FromSeconds(30));
        foreach (var subscription in plugins.EventSubscribers(university).SelectMany(s => s.Subscriptions(timeout)))
        {
            builder.RegisterInstance(subscription).As<IntegrationEventSubscription>();
        }

        builder.RegisterType<ConsoleProgress>().As<ICommandProgress>().SingleInstance();
        builder.RegisterType<OutboxParkedCommand>().As<IModuleCommand>().SingleInstance();
        builder.RegisterType<OutboxRetryCommand>().As<IModuleCommand>().SingleInstance();
    }
}
