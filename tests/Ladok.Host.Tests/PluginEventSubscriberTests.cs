using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Autofac;
using Ladok.Host.Plugins;
using Ladok.Kernel.GraphQL.Relay;
using Ladok.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ladok.Host.Tests;

/// <summary>
/// The Umu plugin and the fixture plugin <c>test.subscribers</c> (built to artifacts/test-plugins/Subscribers),
/// loaded from their folders; outbox retries fast and give up after three attempts, so deliveries park within seconds.
/// </summary>
public sealed class SubscribersHost : LadokHost
{
    public string PluginsFolder { get; } = Directory.CreateTempSubdirectory("ladok-subscribers-").FullName;

    public ConcurrentQueue<string> Logs { get; } = new();

    public SubscribersHost()
    {
        foreach (var (source, name) in new[] { (RepositoryPaths.Plugins, "Umu"), (RepositoryPaths.TestPlugins, "Subscribers") })
        {
            var target = Directory.CreateDirectory(Path.Combine(PluginsFolder, name)).FullName;
            foreach (var file in Directory.GetFiles(Path.Combine(source, name))) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    /// <summary>What an operator's command line adds to the host's: this database and these plugins.</summary>
    public string[] CommandLine => ["--ConnectionStrings:Ladok", ConnectionString, "--Plugins:Directory", PluginsFolder, "--University:Code", "UMU"];

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = PluginsFolder,
        ["University:Code"] = "UMU",
        ["Plugins:EventSubscriberTimeout"] = "00:00:01",
        ["Outbox:MaxAttempts"] = "3",
        ["Outbox:FirstRetryDelay"] = "00:00:00",
        ["Outbox:PollInterval"] = "00:00:00.2",
    };

    protected override void ConfigureContainer(ContainerBuilder container) => container.RegisterInstance(new CapturedLogs(Logs)).As<ILoggerProvider>();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(PluginsFolder, recursive: true);
    }

    private sealed class CapturedLogs(ConcurrentQueue<string> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(logs);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel)) logs.Enqueue(formatter(state, exception));
            }
        }
    }
}

/// <summary>Plugin event subscribers (SDK 1.4): each its own outbox subscription, retried, parked, shown to and re-queued by an operator.</summary>
public sealed class PluginEventSubscriberTests(SubscribersHost host) : IClassFixture<SubscribersHost>
{
    private const string Plugin = "test.subscribers";

    [Fact]
    public async Task A_throwing_subscriber_is_retried_then_parked_and_listed_by_outbox_parked_while_the_others_get_the_event_once()
    {
        var (resultId, messageId) = await AttestAsync("970303201");

        await Eventually.Async(() => IsParkedAsync(messageId, "always-fails"), "the always-failing subscriber's delivery to be parked", Patience);
        await Eventually.Async(() => IsDeliveredAsync(messageId, $"plugin:{Plugin}/well-behaved"), "the well-behaved subscriber's delivery", Patience);
        await Eventually.Async(() => IsDeliveredAsync(messageId, "reporting.results-attested"), "Reporting's own handler's delivery", Patience);
        var (exitCode, stdout) = await RunVerbAsync("outbox", "parked");

        Assert.Equal(3, Count("always-fails", "Calls", messageId));
        Assert.Equal(
            "Ladok.Host.Plugins.PluginFailureException: The event subscriber always-fails of the plugin test.subscribers failed on records.result-attested: "
            + "InvalidOperationException: The local system is down (on purpose).",
            await host.ScalarAsync<string>(
                $"SELECT last_error FROM records.outbox_deliveries WHERE message_id = '{messageId}' AND subscriber = " +
                $"'plugin:{Plugin}/always-fails' AND attempts = 3"));
        Assert.Equal(1, Count("well-behaved", "Calls", messageId));
        Assert.Equal(1, Count("well-behaved", "Successes", messageId));
        Assert.Equal(1L, await host.ScalarAsync<long>($"SELECT count(*) FROM reporting.results WHERE result_id = '{resultId}'"));
        Assert.Equal(
            1, await host.ScalarAsync<int>(
                $"SELECT attempts FROM records.outbox_deliveries WHERE message_id = '{messageId}' AND subscriber = 'reporting.results-attested'"));
        var payload = JsonNode.Parse(
            Subscriber("well-behaved").GetType().GetMethod("Payload")!.Invoke(Subscriber("well-behaved"), [messageId]) as string ?? "null")!;
        Assert.Equal(resultId, payload["resultId"]!.GetValue<Guid>());
        Assert.Equal("G", payload["grade"]!.GetValue<string>());
        Assert.Equal("5DV004", payload["courseCode"]!.GetValue<string>());
        Assert.Contains(
            host.Logs,
            line => line.Contains("event subscriber always-fails of plugin test.subscribers failed on records.result-attested", StringComparison.Ordinal));

        Assert.Equal(0, exitCode);
        var line = Assert.Single(
            stdout.Split('\n'), l => l.Contains(messageId.ToString(), StringComparison.Ordinal) && l.Contains("always-fails", StringComparison.Ordinal));
        Assert.Equal(["records", messageId.ToString(), "records.result-attested", $"plugin:{Plugin}/always-fails", Plugin, "3"], line.Split('\t')[..6]);
        Assert.EndsWith("The local system is down (on purpose).", line.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_operator_retry_a_parked_subscriber_that_now_succeeds_gets_the_event_exactly_once()
    {
        var (_, messageId) = await AttestAsync("970303202");
        await Eventually.Async(() => IsParkedAsync(messageId, "fails-three-times"), "the flaky subscriber's delivery to be parked", Patience);
        await Eventually.Async(() => IsDeliveredAsync(messageId, $"plugin:{Plugin}/well-behaved"), "the well-behaved subscriber's delivery", Patience);
        Assert.Equal(0, Count("fails-three-times", "Successes", messageId));

        var (exitCode, stdout) = await RunVerbAsync("outbox", "retry", messageId.ToString());
        await Eventually.Async(() => IsDeliveredAsync(messageId, $"plugin:{Plugin}/fails-three-times"), "the re-queued delivery", Patience);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Re-queued", stdout, StringComparison.Ordinal);
        Assert.Equal(1, Count("fails-three-times", "Successes", messageId));
        Assert.Equal(4, Count("fails-three-times", "Calls", messageId));
        // Those that had it are not called again.
        Assert.Equal(1, Count("well-behaved", "Calls", messageId));
        Assert.Equal(
            1, await host.ScalarAsync<int>(
                $"SELECT attempts FROM records.outbox_deliveries WHERE message_id = '{messageId}' AND subscriber = 'reporting.results-attested'"));
    }

    [Fact]
    public async Task A_subscriber_that_hangs_is_timed_out_each_attempt_and_parked_naming_the_plugin()
    {
        var (_, messageId) = await AttestAsync("970303203");

        await Eventually.Async(() => IsParkedAsync(messageId, "hangs"), "the hanging subscriber's delivery to be parked", Patience);

        Assert.Equal(
            "Ladok.Host.Plugins.PluginFailureException: The event subscriber hangs of the plugin test.subscribers did not finish " +
            "records.result-attested within 1 s.",
            await host.ScalarAsync<string>(
                $"SELECT last_error FROM records.outbox_deliveries WHERE message_id = '{messageId}' AND subscriber = 'plugin:{Plugin}/hangs'"));
        Assert.Equal(3, Count("hangs", "Calls", messageId));
        Assert.Equal(1, Count("well-behaved", "Successes", messageId));
    }

    [Fact]
    public async Task Outbox_retry_without_a_message_id_or_all_is_refused()
    {
        var (exitCode, _) = await RunVerbAsync("outbox", "retry", "not-a-message");

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task A_subscriber_to_the_catalogues_funding_changes_gets_them_with_the_course_and_its_areas()
    {
        var course = (await host.PostAsync("{ course(code: \"5DV003\") { id } }", user: "ladokadm")).Data["course"]!;
        var changed = await host.MutateAsync("changeCourseFunding", "errors { code }", new
        {
            courseId = course["id"]!.GetValue<string>(), financingForm = "CONTRACT_EDUCATION",
            educationalAreas = new[] { new { area = "TECHNOLOGY", share = 1m } },
        }, "ladokadm");
        Assert.Empty(changed["errors"]!.AsArray());
        var messageId = await host.ScalarAsync<Guid>(
            "SELECT id FROM catalogue.outbox_messages WHERE type = 'catalogue.course-funding-changed' AND payload ->> 'courseCode' = '5DV003'");

        await Eventually.Async(
            () => host.ScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM catalogue.outbox_deliveries WHERE message_id = '{messageId}' "
                + $"AND subscriber = 'plugin:{Plugin}/funding-follower' AND delivered_at IS NOT NULL)"),
            "the funding follower's delivery", Patience);

        Assert.Equal(1, Count("funding-follower", "Successes", messageId));
        var payload = JsonNode.Parse(
            Subscriber("funding-follower").GetType().GetMethod("Payload")!.Invoke(Subscriber("funding-follower"), [messageId]) as string ?? "null")!;
        Assert.Equal("5DV003", payload["courseCode"]!.GetValue<string>());
        Assert.Equal("ContractEducation", payload["financingForm"]!.GetValue<string>());
        Assert.Equal("Technology", payload["educationalAreas"]![0]!["area"]!.GetValue<string>());
    }

    [Fact]
    public async Task Since_sdk_1_8_a_subscriber_gets_the_students_identity_number_with_an_event_about_them()
    {
        var (_, messageId) = await AttestAsync("970303204");

        await Eventually.Async(() => IsDeliveredAsync(messageId, $"plugin:{Plugin}/well-behaved"), "the well-behaved subscriber's delivery", Patience);

        var payload = JsonNode.Parse(
            Subscriber("well-behaved").GetType().GetMethod("Payload")!.Invoke(Subscriber("well-behaved"), [messageId]) as string ?? "null")!;
        Assert.Equal("19" + IdentityNumbers.Personal("970303204").Replace("-", "", StringComparison.Ordinal), payload["identityNumber"]!.GetValue<string>());
        // The outbox keeps the event as the module wrote it; the number is added on the way to the plugin.
        Assert.Equal("none", await host.ScalarAsync<string>(
            $"SELECT coalesce(payload ->> 'identityNumber', 'none') FROM records.outbox_messages WHERE id = '{messageId}'"));
    }

    /// <summary>Reports, marks ready and attests a result for a new student; the result's id and its records.result-attested message.</summary>
    private async Task<(Guid ResultId, Guid MessageId)> AttestAsync(string nineDigits)
    {
        var offering = await host.PostAsync("{ offering(courseCode: \"5DV004\", term: \"HT2025\") { id } }", user: "ladokadm");
        var student = (await host.MutateAsync("createStudent", "student { id }",
            new { identityNumber = IdentityNumbers.Personal(nineDigits), firstName = "Subscribed", lastName = "Student" }, "stadmdv"))["student"]!;
        var registration = (await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = student["id"]!.GetValue<string>(), offeringId = offering.Data["offering"]!["id"]!.GetValue<string>() }, "stadmdv"))[
                "registration"]!;
        var draft = (await host.MutateAsync("reportResult", "result { id version }",
            new { registrationId = registration["id"]!.GetValue<string>(), moduleCode = "0002", grade = "G", examinationDate = "2025-11-20" },
            "lararedv"))["result"]!;
        var ready = (await host.MutateAsync("markResultsReady", "results { id version }",
            new { results = new[] { Ref(draft) }, examiners = new[] { "examdv" } }, "lararedv"))["results"]![0]!;
        var attested = await host.MutateAsync("attestResults", "results { id } errors { code }", new { results = new[] { Ref(ready) } }, "examdv");
        Assert.Empty(attested["errors"]!.AsArray());

        Assert.True(GlobalId.TryParse(attested["results"]![0]!["id"]!.GetValue<string>(), out var id));
        var messageId = await host.ScalarAsync<Guid>(
            $"SELECT id FROM records.outbox_messages WHERE type = 'records.result-attested' AND payload ->> 'resultId' = '{id.Value.Id}'");
        return (id.Value.Id, messageId);
    }

    private Task<bool> IsParkedAsync(Guid messageId, string subscriber) =>
        ExistsAsync($"message_id = '{messageId}' AND subscriber = 'plugin:{Plugin}/{subscriber}' AND parked_at IS NOT NULL");

    private Task<bool> IsDeliveredAsync(Guid messageId, string subscriber) =>
        ExistsAsync($"message_id = '{messageId}' AND subscriber = '{subscriber}' AND delivered_at IS NOT NULL");

    private async Task<bool> ExistsAsync(string condition) =>
        await host.ScalarAsync<bool>($"SELECT EXISTS (SELECT 1 FROM records.outbox_deliveries WHERE {condition})");

    /// <summary>The dispatcher runs in the background: how long to wait for it (three attempts, a hanging one timed out each time).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>The fixture's subscriber as the host loaded it, from the plugin's own load context.</summary>
    private object Subscriber(string name) =>
        host.Services.GetRequiredService<LoadedPlugins>().Plugins.Single(p => p.Manifest.Id == Plugin).EventSubscribers.Single(s => s.Name == name);

    private int Count(string subscriber, string method, Guid messageId)
    {
        var instance = Subscriber(subscriber);
        return (int)instance.GetType().GetMethod(method)!.Invoke(instance, [messageId])!;
    }

    /// <summary>Runs a host verb in its own process, as an operator would, on this host's database and plugins.</summary>
    private async Task<(int ExitCode, string Stdout)> RunVerbAsync(params string[] verb)
    {
        var (exitCode, stdout, _) = await ServingHostProcess.RunAsync(verb.Concat(host.CommandLine));
        return (exitCode, stdout);
    }

    private static object Ref(JsonNode result) => new { id = result["id"]!.GetValue<string>(), version = result["version"]!.GetValue<string>() };
}

/// <summary>The rules a plugin's event subscribers must keep, checked when the host registers them.</summary>
public sealed class PluginEventSubscriberRuleTests
{
    [Fact]
    public void A_subscriber_is_named_after_its_plugin_and_subscribes_once_per_event_name()
    {
        var subscriber = Assert.Single(
            PluginEventSubscriber.Of(PluginWith(new Named("local-system", ["records.result-attested", "records.result-removed", "records.result-attested"]))));

        Assert.Equal("plugin:test.rules/local-system", subscriber.SubscriptionName);
        Assert.Equal(["records.result-attested", "records.result-removed"], subscriber.Subscriptions(TimeSpan.FromSeconds(1)).Select(s => s.EventName));
        Assert.All(subscriber.Subscriptions(TimeSpan.FromSeconds(1)), s => Assert.Equal("plugin:test.rules/local-system", s.Subscriber));
    }

    [Theory]
    [InlineData("Local System", "an event subscriber named 'Local System'")]
    [InlineData("", "an event subscriber named ''")]
    public void A_malformed_subscriber_name_stops_start_up_naming_the_plugin(string name, string expected)
    {
        var error = Assert.Throws<Composition.StartupException>(
            () => PluginEventSubscriber.Of(PluginWith(new Named(name, ["records.result-attested"]))).ToList());

        Assert.Contains("The plugin test.rules adds " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_subscribers_with_one_name_stop_start_up()
    {
        var error = Assert.Throws<Composition.StartupException>(() => PluginEventSubscriber.Of(PluginWith(
            new Named("local-system", ["records.result-attested"]), new Named("local-system", ["records.result-removed"]))).ToList());

        Assert.Equal("The plugin test.rules adds two event subscribers named local-system; each needs a name of its own.", error.Message);
    }

    [Fact]
    public void A_subscriber_without_events_stops_start_up()
    {
        var error = Assert.Throws<Composition.StartupException>(() => PluginEventSubscriber.Of(PluginWith(new Named("local-system", []))).ToList());

        Assert.Contains("local-system of the plugin test.rules names no events", error.Message, StringComparison.Ordinal);
    }

    private static LoadedPlugin PluginWith(params Ladok.Plugins.Sdk.IEventSubscriber[] subscribers) =>
        new(new Ladok.Plugins.Sdk.PluginManifest { Id = "test.rules", Name = "Rules", Version = "0.0.1", Sdk = "[1.4,2.0)", Assembly = "none.dll" },
            "/nowhere", [], [], [], [], [], [], [], subscribers, [], []);

    private sealed class Named(string name, IReadOnlyList<string> events) : Ladok.Plugins.Sdk.IEventSubscriber
    {
        public string Name => name;

        public IReadOnlyList<string> Events => events;

        public Task HandleAsync(Ladok.Plugins.Sdk.IntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
