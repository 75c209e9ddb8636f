using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Autofac;
using Ladok.Testing;
using Microsoft.Extensions.Logging;

namespace Ladok.Host.Tests;

/// <summary>
/// The demo university's plugin beside three fixture plugins with result rules, loaded from their
/// built folders as a deployment would, and a short result-rule time-out.
/// </summary>
public sealed class ResultRuleHost : LadokHost
{
    private readonly string plugins = Directory.CreateTempSubdirectory("ladok-result-rules-").FullName;

    public ResultRuleHost()
    {
        CopyFolder(Path.Combine(RepositoryPaths.Plugins, "Umu"), "Umu");
        foreach (var fixture in new[] { "RefusingResultRule", "ThrowingResultRule", "HangingResultRule" })
        {
            CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, fixture), fixture);
        }
    }

    /// <summary>What the host logged.</summary>
    public CapturedLog Log { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = plugins,
        ["University:Code"] = "UMU",
        ["Plugins:ResultRuleTimeout"] = "00:00:01",
    };

    protected override void ConfigureContainer(ContainerBuilder container) => container.RegisterInstance(Log).As<ILoggerProvider>().ExternallyOwned();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(plugins, recursive: true);
    }

    private void CopyFolder(string source, string name)
    {
        var target = Directory.CreateDirectory(Path.Combine(plugins, name)).FullName;
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}

/// <summary>
/// Result rules through /graphql: a plugin's refusal reaches the reporter or examiner as a typed
/// VALIDATION error naming the plugin and its code; a rule that throws or hangs fails only that
/// call with PLUGIN_FAILURE naming the plugin and the extension point, logged with the plugin's id.
/// Either way every result of the call keeps its state and version, and the next request works.
/// </summary>
public sealed class ResultRuleTests(ResultRuleHost host) : IClassFixture<ResultRuleHost>
{
    private const string Reporter = "lararedv", Examiner = "examdv", StudyAdministrator = "stadmdv";
    private const string Results =
        "results { id version status } rows { outcome errors { code message path rule { plugin code } } } refused errors { code message rule { plugin code } }";
    private static int nextNumber;

    [Fact]
    public async Task A_plugins_refusal_when_marking_ready_reaches_the_reporter_typed_and_the_draft_is_unchanged()
    {
        var draft = await DraftAsync("Compilers [refuse ready]");
        var before = await StoredAsync(draft);

        var refused = await host.MutateAsync("markResultsReady", Results, new { results = new[] { Ref(draft) }, examiners = new[] { Examiner } }, Reporter);

        Assert.Empty(refused["errors"]!.AsArray());
        Assert.Equal(1, refused["refused"]!.GetValue<int>());
        var error = Assert.Single(Assert.Single(refused["rows"]!.AsArray())!["errors"]!.AsArray())!;
        Assert.Equal("VALIDATION", error["code"]!.GetValue<string>());
        Assert.Equal(("test.refusing-result-rule", "TITLE_MARKED"), (error["rule"]!["plugin"]!.GetValue<string>(), error["rule"]!["code"]!.GetValue<string>()));
        Assert.Equal(["input", "results", "0", "projectTitle"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains("test.refusing-result-rule", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(refused["results"]!.AsArray());
        Assert.Equal(before, await StoredAsync(draft));
        Assert.StartsWith("Draft/", before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "(Regel TITLE_MARKED i insticksprogrammet test.refusing-result-rule.)")]
    [InlineData("en", "(Rule TITLE_MARKED of the plugin test.refusing-result-rule.)")]
    public async Task A_refusal_in_one_language_only_is_shown_as_the_plugin_wrote_it_in_either_language(string? language, string rule)
    {
        var draft = await DraftAsync("Compilers [refuse ready]");

        var refused = await host.MutateAsync("markResultsReady", "rows { errors { code reason message } }",
            new { results = new[] { Ref(draft) }, examiners = new[] { Examiner } }, Reporter, language);

        var error = Assert.Single(Assert.Single(refused["rows"]!.AsArray())!["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "PLUGIN_RULE"), (error["code"]!.GetValue<string>(), error["reason"]!.GetValue<string>()));
        Assert.Equal("The project title says [refuse ready]. " + rule, error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_plugins_refusal_of_one_of_many_results_leaves_it_alone_and_attests_the_others()
    {
        var plain = await ReadyAsync("Parsers");
        var marked = await ReadyAsync("Type systems [refuse attest]");
        var before = await StoredAsync(marked);

        var step = await host.MutateAsync("attestResults", Results, new { results = new[] { Ref(plain), Ref(marked) } }, Examiner);

        Assert.Empty(step["errors"]!.AsArray());
        var rows = step["rows"]!.AsArray();
        Assert.Equal(["CHANGED", "REFUSED"], rows.Select(r => r!["outcome"]!.GetValue<string>()));
        var error = Assert.Single(rows[1]!["errors"]!.AsArray())!;
        Assert.Equal(("VALIDATION", "TITLE_MARKED"), (error["code"]!.GetValue<string>(), error["rule"]!["code"]!.GetValue<string>()));
        Assert.Equal(["input", "results", "1", "projectTitle"], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(before, await StoredAsync(marked));
        Assert.StartsWith("Attested/", await StoredAsync(plain), StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync<long>($"SELECT count(*) FROM records.outbox_messages WHERE payload->>'resultId' = '{GuidOf(marked)}'"));
    }

    [Fact]
    public async Task A_dry_run_of_attesting_reports_a_plugins_refusal_and_stores_nothing()
    {
        var marked = await ReadyAsync("Code generators [refuse attest]");
        var plain = await ReadyAsync("Optimisers");
        var before = (await StoredAsync(marked), await StoredAsync(plain));

        var step = await host.MutateAsync(
            "attestResults", Results + " dryRun wouldChange", new { results = new[] { Ref(marked), Ref(plain) }, dryRun = true }, Examiner);

        Assert.True(step["dryRun"]!.GetValue<bool>());
        Assert.Equal(["REFUSED", "WOULD_CHANGE"], step["rows"]!.AsArray().Select(r => r!["outcome"]!.GetValue<string>()));
        Assert.Equal("TITLE_MARKED", step["rows"]![0]!["errors"]![0]!["rule"]!["code"]!.GetValue<string>());
        Assert.Equal((1, 1), (step["wouldChange"]!.GetValue<int>(), step["refused"]!.GetValue<int>()));
        Assert.Empty(step["results"]!.AsArray());
        Assert.Equal(before, (await StoredAsync(marked), await StoredAsync(plain)));
    }

    [Fact]
    public async Task A_result_rule_that_throws_fails_only_that_call_naming_the_plugin_and_is_logged_and_the_next_request_works()
    {
        var ready = await ReadyAsync("Linkers [throw]");
        var before = await StoredAsync(ready);

        var failed = await host.MutateAsync("attestResults", Results, new { results = new[] { Ref(ready) } }, Examiner, language: "en");

        var error = Assert.Single(failed["errors"]!.AsArray())!;
        Assert.Equal(("PLUGIN_FAILURE", "PLUGIN_THREW"), (error["code"]!.GetValue<string>(), error["reason"]!.GetValue<string>()));
        Assert.Contains("result rule of the plugin test.throwing-result-rule", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(ready));
        var logged = Assert.Single(
            host.Log.Entries, e => e.Level == LogLevel.Error && Equals(e.State.GetValueOrDefault("PluginId"), "test.throwing-result-rule"));
        Assert.Equal("result rule", logged.State["ExtensionPoint"]);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        await TheNextRequestWorksAsync();
    }

    [Fact]
    public async Task A_result_rule_that_hangs_fails_only_that_call_at_the_time_out_naming_the_plugin_and_the_next_request_works()
    {
        var draft = await DraftAsync("Debuggers [hang]");
        var before = await StoredAsync(draft);

        var failed = await host.MutateAsync(
            "markResultsReady", Results, new { results = new[] { Ref(draft) }, examiners = new[] { Examiner } }, Reporter, language: "en");

        var error = Assert.Single(failed["errors"]!.AsArray())!;
        Assert.Equal(("PLUGIN_FAILURE", "PLUGIN_DID_NOT_ANSWER"), (error["code"]!.GetValue<string>(), error["reason"]!.GetValue<string>()));
        Assert.Contains(
            "result rule of the plugin test.hanging-result-rule did not answer within 1 s", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(draft));
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && Equals(e.State.GetValueOrDefault("PluginId"), "test.hanging-result-rule"));
        await TheNextRequestWorksAsync();
    }

    /// <summary>A result the rules let through goes to ready and is attested, and a query answers.</summary>
    private async Task TheNextRequestWorksAsync()
    {
        var ready = await ReadyAsync("Optimisers");
        var attested = await host.MutateAsync("attestResults", Results, new { results = new[] { Ref(ready) } }, Examiner);
        Assert.Empty(attested["errors"]!.AsArray());
        Assert.Equal("ATTESTED", attested["results"]![0]!["status"]!.GetValue<string>());
        Assert.Equal("UMU", (await host.PostAsync("{ university { code } }")).Data["university"]!["code"]!.GetValue<string>());
    }

    private async Task<JsonNode> DraftAsync(string projectTitle)
    {
        var number = IdentityNumbers.Personal($"980301{Interlocked.Increment(ref nextNumber):D3}");
        var student = (
            await host.MutateAsync(
                "createStudent", "student { id }", new { identityNumber = number, firstName = "Rule", lastName = "Student" }, StudyAdministrator))["student"]!;
        var offering = await host.PostAsync("{ offering(courseCode: \"5DV001\", term: \"HT2025\") { id } }", user: "ladokadm");
        var registration = (await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = Id(student), offeringId = Id(offering.Data["offering"]!) }, StudyAdministrator))["registration"]!;
        var draft = await host.MutateAsync("reportResult", "result { id version status }",
            new { registrationId = Id(registration), moduleCode = "0001", grade = "G", examinationDate = "2025-10-20", projectTitle }, Reporter);
        Assert.Empty(draft["errors"]!.AsArray());
        return draft["result"]!;
    }

    private async Task<JsonNode> ReadyAsync(string projectTitle)
    {
        var ready = await host.MutateAsync(
            "markResultsReady", Results, new { results = new[] { Ref(await DraftAsync(projectTitle)) }, examiners = new[] { Examiner } }, Reporter);
        Assert.Empty(ready["errors"]!.AsArray());
        return ready["results"]![0]!;
    }

    /// <summary>The result's status, version (xmin) and number of audit entries as stored: what a refused call must leave alone.</summary>
    private Task<string> StoredAsync(JsonNode result) =>
        host.ScalarAsync<string>($"""
            SELECT r.status || '/' || r.xmin::text || '/' || (SELECT count(*) FROM records.audit_entries a WHERE a.subject_id = r.id)
            FROM records.results r WHERE r.id = '{GuidOf(result)}'
            """);

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static Guid GuidOf(JsonNode node) => Kernel.GraphQL.Relay.GlobalId.TryParse(Id(node), out var parsed) ? parsed.Value.Id
        : throw new ArgumentException(Id(node));

    private static object Ref(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };
}

/// <summary>A logger provider that keeps every entry with its structured values, for tests that check what operators see.</summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> entries = new();

    public IReadOnlyList<Entry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    /// <param name="State">The message template's named values, such as <c>PluginId</c>.</param>
    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> State, Exception? Exception);

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), values.ToDictionary(v => v.Key, v => v.Value), exception));
        }
    }
}
