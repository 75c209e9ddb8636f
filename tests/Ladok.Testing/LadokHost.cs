using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Autofac;
using Microsoft.AspNetCore.Hosting;
using Xunit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ladok.Testing;

/// <summary>
/// The host as a deployment runs it (plugins loaded from their built folders, migrations,
/// demo seed), on its own throwaway PostgreSQL, with a GraphQL client. One per test class.
/// Subclass and override <see cref="Settings"/> to change configuration, or
/// <see cref="ConfigureContainer"/> to replace a registration (<see cref="ConfigureServices"/> for services).
/// </summary>
public class LadokHost : PostgresDatabase
{
    private readonly string pluginData = Path.Combine(Path.GetTempPath(), "ladok-plugin-data-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplicationFactory<Program>? factory;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Where this host writes students' notification mails as .eml files: a throwaway folder of its own, not the source tree.</summary>
    public string MailPickupDirectory { get; } = Path.Combine(Path.GetTempPath(), "ladok-mail-" + Guid.NewGuid().ToString("N"));

    /// <summary>Configuration for the host; by default the built plugins and the Development environment.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = RepositoryPaths.Plugins,
        ["University:Code"] = "UMU",
    };

    protected virtual string Environment => "Development";

    /// <summary>
    /// Serve over Kestrel on a loopback port instead of the in-memory test server, for what only a real
    /// connection shows (request body limits; the test server reads a request's whole body before the host sees it).
    /// </summary>
    protected virtual bool OnKestrel => false;

    /// <summary>Registrations made after the host's own, so they replace them (for example one handler's clock).</summary>
    protected virtual void ConfigureContainer(ContainerBuilder container)
    {
    }

    /// <summary>Services added after the host's own, such as an in-memory exporter on the host's OpenTelemetry providers.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public IServiceProvider Services => factory!.Services;

    /// <summary>The in-memory server, for requests that need what a client cannot set (the connection's remote address).</summary>
    public TestServer Server => factory!.Server;

    /// <summary>Runs after the database is created and before the host starts (to start a replica of it, say).</summary>
    protected virtual Task BeforeHostStartsAsync() => Task.CompletedTask;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await BeforeHostStartsAsync();
        // The host's content root (appsettings.json), wherever the calling assembly runs from: tests, benchmarks, a plugin's tests.
        System.Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LADOK_HOST", Path.Combine(RepositoryPaths.Root, "src", "Host", "Ladok.Host"));
        factory = new Factory(this).WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(Environment);
            builder.UseSetting("ConnectionStrings:Ladok", ConnectionString);
            // A test class sends hundreds of requests as a few users (each signed-in request fetches a token), well past
            // the production limits; the rate-limit tests set small ones in their own Settings.
            builder.UseSetting("RateLimiting:SignedInPerMinute", "1000000");
            builder.UseSetting("RateLimiting:AnonymousPerMinute", "1000000");
            builder.UseSetting("RateLimiting:DevelopmentTokensPerMinute", "1000000");
            // Each host's plugins keep their data (IPluginBuilder.DataDirectory) in a folder of its own, deleted with the host.
            builder.UseSetting("Plugins:DataDirectory", pluginData);
            builder.UseSetting("Notifications:PickupDirectory", MailPickupDirectory);
            foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        });
        if (OnKestrel) factory.UseKestrel(0);
        Http = factory.CreateClient();
    }

    public override async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        if (Directory.Exists(MailPickupDirectory)) Directory.Delete(MailPickupDirectory, recursive: true);
        await base.DisposeAsync();
        if (Directory.Exists(pluginData)) Directory.Delete(pluginData, recursive: true);
    }

    /// <summary>A development token for a demo user, from <c>POST /dev/token</c>.</summary>
    public async Task<string> TokenAsync(string user)
    {
        using var response = await Http.PostAsJsonAsync("/dev/token", new { user });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    /// <summary>
    /// Runs <c>mutation(input: $input) { selection errors { code reason message path rule { plugin code } } }</c> as
    /// <paramref name="user"/>, in <paramref name="language"/> when given, asserts HTTP 200 and returns the payload. <c>rule</c> names the
    /// plugin and its rule's code when a plugin's rule refused; null for the product's own refusals.
    /// </summary>
    public async Task<JsonNode> MutateAsync(string mutation, string selection, object input, string? user, string? language = null)
    {
        var response = await PostAsync(
            MutationDocument(mutation, selection + " errors { code reason message path rule { plugin code } }"), new { input }, user, language);
        Assert.True(response.Status == 200, response.Body?.ToJsonString());
        return response.Data[mutation]!;
    }

    /// <summary>The document for one mutation whose input type follows the naming rule (<c>createCourse</c> → <c>CreateCourseInput</c>).</summary>
    public static string MutationDocument(string mutation, string selection) =>
        $"mutation($input: {char.ToUpperInvariant(mutation[0])}{mutation[1..]}Input!) {{ {mutation}(input: $input) {{ {selection} }} }}";

    /// <summary>
    /// POSTs a document, as <paramref name="user"/> when given, accepting <c>application/graphql-response+json</c> (whose status
    /// codes tell a refused document from a run one); returns the status and the parsed body. Messages come in Swedish unless
    /// <paramref name="language"/> (an <c>Accept-Language</c>, such as <c>en</c>) asks for another.
    /// </summary>
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? user = null, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (user is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>
    /// Runs <see cref="ConfigureContainer"/> after the host's own container configuration. Through the
    /// generic host builder: the web host builder's <c>ConfigureTestContainer</c> is never called
    /// under minimal hosting.
    /// </summary>
    private sealed class Factory(LadokHost host) : WebApplicationFactory<Program>
    {
        protected override IHost CreateHost(IHostBuilder builder)
        {
            builder.ConfigureContainer<ContainerBuilder>(host.ConfigureContainer);
            builder.ConfigureServices(host.ConfigureServices);
            return base.CreateHost(builder);
        }
    }
}

/// <summary>What <c>/graphql</c> answered.</summary>
public sealed record GraphQLResponse(int Status, string? ContentType, JsonNode? Body, HttpResponseMessage Message)
{
    public JsonNode Data => Body?["data"] ?? throw new InvalidOperationException($"No data in the response: {Body?.ToJsonString()}");

    public JsonArray Errors => Body?["errors"]?.AsArray() ?? [];

    /// <summary>The <c>extensions.code</c> of each error.</summary>
    public IReadOnlyList<string> ErrorCodes => Errors.Select(e => e!["extensions"]?["code"]?.GetValue<string>() ?? "").ToList();

    public static async Task<GraphQLResponse> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? body;
        try
        {
            body = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            body = null;
        }
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, response);
    }
}
