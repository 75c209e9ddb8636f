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
using Ladok.Kernel.Modules;
using Ladok.LocalPostgres;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

// The composition root. Verbs: (none) serve, `migrate`, `seed [--students N --years Y --seed S]`, `schema [--check FILE]`, and the
// commands registered as IModuleCommand, `<module> <name>` (such as `reporting rebuild`, `outbox parked`, `outbox retry`).
// Options start with a dash.
var verb = args.FirstOrDefault() is { } first && !first.StartsWith('-')
    ? first is "migrate" or "seed" or "schema" ? first : "module"
    : "serve";
var builder = WebApplication.CreateBuilder(verb switch
{
    "serve" => args,
    "module" => args.Length > 2 ? args[2..] : [],
    _ => args[1..],
});

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
    return await RunAsync(app, verb, args);
}
catch (Exception e) when (e is PluginLoadException or StartupException or LocalPostgresException or ReferenceDataException)
{
    // Hosted by another program (a test's WebApplicationFactory), the exception is its caller's to see.
    if (Assembly.GetEntryAssembly() != typeof(Program).Assembly) throw;
    // Configuration problems an operator fixes: one line saying what and where, no stack trace.
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

static async Task<int> RunAsync(WebApplication app, string verb, string[] args)
{

    foreach (var plugin in app.Services.GetRequiredService<LoadedPlugins>().Plugins)
    {
        app.Logger.LogInformation("Loaded plugin {PluginId} {Version} ({Name}) from {Folder}", plugin.Manifest.Id, plugin.Manifest.Version, plugin.Manifest.Name, plugin.Folder);
    }

    switch (verb)
    {
        case "schema":
            return await SchemaCommand.RunAsync(app, args[1..]);
        case "migrate":
            await DatabaseStartup.MigrateAsync(app.Services, CancellationToken.None);
            return 0;
        case "seed" when HistoryCommand.Requested(app.Configuration):
            return await HistoryCommand.RunAsync(app, CancellationToken.None);
        case "seed":
            await DatabaseStartup.MigrateAsync(app.Services, CancellationToken.None);
            await DatabaseStartup.SeedDemoDataAsync(app.Services, CancellationToken.None);
            return 0;
        case "module":
            return await ModuleCommands.RunAsync(app, args);
    }

    await DatabaseStartup.MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
    if (app.Configuration.GetValue<bool>("Seeding:DemoData"))
    {
        await DatabaseStartup.SeedDemoDataAsync(app.Services, app.Lifetime.ApplicationStopping);
    }

    // The client's address first (the rate limits count by it), headers on every answer (refusals too), the caller
    // signed in before the rate limiter counts them as a user.
    app.UseForwardedHeaders();
    app.UseSecurityHeaders();
    if (!app.Environment.IsDevelopment()) app.UseHsts();
    app.UseCors();
    app.UseAuthentication();
    app.UseRateLimiter();
    app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).DisableRateLimiting();
    app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).DisableRateLimiting();
    app.MapLadokMetrics();
    app.MapGraphQL();
    app.MapModuleEndpoints();
    app.MapDevelopmentTokens();

    await app.RunAsync();
    return 0;
}

/// <summary>The entry point, named for the test host.</summary>
public partial class Program;
