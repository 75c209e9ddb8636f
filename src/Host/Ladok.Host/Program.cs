using System.Reflection;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Ladok.Host.Authentication;
using Ladok.Host.Cli;
using Ladok.Host.Composition;
using Ladok.Host.Configuration;
using Ladok.Host.Database;
using Ladok.Host.GraphQL;
using Ladok.Host.Health;
using Ladok.Host.Http;
using Ladok.Host.Observability;
using Ladok.Host.Plugins;
using Ladok.Host.Web;
using Ladok.Kernel.Modules;
using Ladok.LocalPostgres;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

// The composition root. The command line (Cli/HostCommandLine.cs) picks the verb: serve (none), `migrate`, `seed`, `schema`, or a
// module's command; its settings (--Section:Key value, --urls) are the host's configuration, whatever the verb.
// Hosted by another program (a test's WebApplicationFactory), the arguments are that host's configuration (`--Key=value`), to serve.
var (settings, words) = IsEntryPoint() ? HostCommandLine.Split(args) : (args, []);
return await HostCommandLine.InvokeAsync(HostCommandLine.Create((verb, run) => RunHostAsync(settings, verb, run), ServeAsync), words);

static async Task<int> RunHostAsync(string[] settings, string verb, Func<WebApplication, Task<int>> run)
{
    var builder = WebApplication.CreateBuilder(settings);
    builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory());
    builder.Host.ConfigureContainer<ContainerBuilder>((context, container) =>
    {
        // The first point where the configuration is final (a test host's settings included): check it before using it.
        StartupValidation.Validate(context.Configuration, context.HostingEnvironment);
        Container.Configure(container, context.Configuration, context.HostingEnvironment);
    });
    builder.WebHost.UseLadokRequestBodyLimits();

    if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole();
    // A verb's output is its stdout (the SDL for `schema`), so its logs go to stderr.
    if (verb != "serve") builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
    builder.Services.Configure<GraphQLOptions>(builder.Configuration.GetSection("GraphQL"));
    builder.Services.Configure<DatabaseRetryOptions>(builder.Configuration.GetSection("Database"));
    builder.Services.AddLadokAuthentication();
    builder.Services.AddLadokCors();
    builder.Services.AddLadokForwardedHeaders();
    builder.Services.AddLadokRateLimits();
    builder.Services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
    builder.AddLadokObservability();

    try
    {
        await using var app = builder.Build();
        foreach (var plugin in app.Services.GetRequiredService<LoadedPlugins>().Plugins)
        {
            app.Logger.LogInformation(
                "Loaded plugin {PluginId} {Version} ({Name}) from {Folder}", plugin.Manifest.Id, plugin.Manifest.Version, plugin.Manifest.Name, plugin.Folder);
        }
        return await run(app);
    }
    catch (Exception e) when (e is PluginLoadException or StartupException or LocalPostgresException or ReferenceDataException)
    {
        // Hosted by another program (a test's WebApplicationFactory), the exception is its caller's to see.
        if (!IsEntryPoint()) throw;
        // Configuration problems an operator fixes: one line saying what and where, no stack trace.
        await Console.Error.WriteLineAsync(e.Message);
        return 1;
    }
}

static bool IsEntryPoint() => Assembly.GetEntryAssembly() == typeof(Program).Assembly;

static async Task<int> ServeAsync(WebApplication app)
{
    await DatabaseStartup.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
    if (app.Configuration.GetValue<bool>("Seeding:DemoData"))
    {
        await DatabaseStartup.SeedDemoDataAsync(app.Services, app.Lifetime.ApplicationStopping);
    }

    // The client's address first (the rate limits count by it), the caller's language before anything can refuse,
    // headers on every answer (refusals too), the caller signed in before the rate limiter counts them as a user.
    app.UseForwardedHeaders();
    app.UseRequestLanguages();
    app.UseSecurityHeaders();
    if (!app.Environment.IsDevelopment()) app.UseHsts();
    // The web app's files are public and cheap: served before the rate limiter counts requests.
    app.UseWebAppFiles();
    app.UseCors();
    app.UseAuthentication();
    app.UseRateLimiter();
    app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
    app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).DisableRateLimiting();
    app.MapLadokMetrics();
    app.MapGraphQL();
    app.MapModuleEndpoints();
    app.MapDevelopmentTokens();
    app.MapWebApp();

    await app.RunAsync();
    return 0;
}

/// <summary>The entry point, named for the test host.</summary>
public partial class Program;
