using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ladok.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;

namespace Ladok.Host.Tests;

/// <summary>
/// The demo university's plugin beside a result rule that throws on <c>[throw]</c>, with the host's
/// spans and logs also sent to in-memory exporters, and the outbox backlog read every second.
/// </summary>
public sealed class ObservabilityHost : LadokHost
{
    private readonly string plugins = Directory.CreateTempSubdirectory("ladok-observability-").FullName;

    public ObservabilityHost()
    {
        CopyFolder(Path.Combine(RepositoryPaths.Plugins, "Umu"), Path.Combine(plugins, "Umu"));
        CopyFolder(Path.Combine(RepositoryPaths.TestPlugins, "ThrowingResultRule"), Path.Combine(plugins, "ThrowingResultRule"));
    }

    /// <summary>Every span the host ended (of any host in this process: tests pick theirs by trace id).</summary>
    public Exported<Activity> Spans { get; } = new();

    /// <summary>Every log record the host wrote through OpenTelemetry.</summary>
    public Exported<LogRecord> Logs { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = plugins,
        ["University:Code"] = "UMU",
        ["Observability:OutboxBacklogRefresh"] = "00:00:01",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
        services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddInMemoryExporter(Logs));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(plugins, recursive: true);
    }

    /// <summary>POSTs a document as <paramref name="user"/> within the trace <paramref name="traceId"/>, as a traced front end would.</summary>
    public async Task<GraphQLResponse> PostTracedAsync(ActivityTraceId traceId, string query, object? variables, string user)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary><c>/metrics</c> in Prometheus' text format.</summary>
    public async Task<string> ScrapeAsync()
    {
        using var response = await Http.GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }
}

/// <summary>What an exporter was given, safe to read while the host adds to it.</summary>
public sealed class Exported<T> : Collection<T>
{
    private readonly Lock gate = new();

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate) return [.. Items];
    }

    protected override void InsertItem(int index, T item)
    {
        lock (gate) base.InsertItem(index, item);
    }
}

/// <summary>
/// What an operator sees of the host: a GraphQL operation as a span named after it inside the HTTP
/// request's trace, with each SQL command it ran as its child; logs written during a request carrying
/// its trace id; and /metrics with the operations, the outbox backlog and plugin failures.
/// </summary>
public sealed class ObservabilityTests(ObservabilityHost host) : IClassFixture<ObservabilityHost>
{
    private const string Admin = "ladokadm", Reporter = "lararedv", Examiner = "examdv", StudyAdministrator = "stadmdv";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_named_query_is_a_span_named_after_it_in_the_requests_trace_with_its_SQL_commands_as_children()
    {
        var trace = ActivityTraceId.CreateRandom();

        var response = await host.PostTracedAsync(trace, "query CoursePage { courses(first: 5) { nodes { code name } } }", null, Admin);

        Assert.Equal(200, response.Status);
        Assert.NotEmpty(response.Data["courses"]!["nodes"]!.AsArray());
        var spans = await SpansOfAsync(trace, s => s.Kind == ActivityKind.Server);
        var operation = Assert.Single(spans, s => s.Source.Name == "GraphQL");
        Assert.Equal("query CoursePage", operation.DisplayName);
        Assert.Equal("CoursePage", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Null(operation.GetTagItem("graphql.document"));
        var request = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.Equal(request.SpanId, operation.ParentSpanId);

        var sql = spans.Where(s => s.Source.Name == "Npgsql").ToList();
        Assert.NotEmpty(sql);
        Assert.All(sql, command => Assert.Contains(operation.SpanId, Ancestors(command, spans)));
        Assert.Contains(sql, command => (command.GetTagItem("db.query.text") ?? command.GetTagItem("db.statement")) is string text
            && text.Contains("courses", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_operation_refused_before_it_ran_is_still_named_and_carries_the_error_code()
    {
        var trace = ActivityTraceId.CreateRandom();

        var response = await host.PostTracedAsync(trace, "query NoSuchField { noSuchField }", null, Admin);

        Assert.Equal(400, response.Status);
        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
        var operation = Assert.Single(await SpansOfAsync(trace, s => s.Source.Name == "GraphQL"), s => s.Source.Name == "GraphQL");
        Assert.Equal("query NoSuchField", operation.DisplayName);
        Assert.Equal(["INVALID_DOCUMENT"], Assert.IsType<string[]>(operation.GetTagItem("ladok.graphql.error_codes")));
    }

    [Fact]
    public async Task A_log_written_during_a_request_carries_the_requests_trace_id()
    {
        var ready = await ReadyResultAsync("Linkers [throw]");
        var trace = ActivityTraceId.CreateRandom();

        var failed = await host.PostTracedAsync(trace, LadokHost.MutationDocument("attestResults", "errors { code }"),
            new { input = new { results = new[] { ready } } }, Examiner);

        Assert.Equal("PLUGIN_FAILURE", failed.Data["attestResults"]!["errors"]![0]!["code"]!.GetValue<string>());
        var logged = Assert.Single(host.Logs.Snapshot(), l => l.TraceId == trace && l.LogLevel == LogLevel.Error);
        Assert.Contains("test.throwing-result-rule", logged.FormattedMessage, StringComparison.Ordinal);
        var spans = await SpansOfAsync(trace, s => s.Kind == ActivityKind.Server);
        var pluginCall = Assert.Single(spans, s => s.DisplayName == "plugin result rule");
        Assert.Equal(logged.SpanId, pluginCall.SpanId);
        Assert.Equal(ActivityStatusCode.Error, pluginCall.Status);
    }

    [Fact]
    public async Task Metrics_show_each_operations_count_by_name_and_outcome_and_unnamed_operations_share_one_label()
    {
        await host.PostAsync("query MetricsProbe { university { code } }", user: Admin);
        await host.PostAsync("{ university { code } }", user: Admin);

        var scraped = await ScrapeUntilAsync(text =>
            Sample(text, "ladok_graphql_operation_duration_seconds_count", ("graphql_operation_name", "MetricsProbe"),
                ("ladok_graphql_outcome", "success")) >= 1
            && Sample(
                text, "ladok_graphql_operation_duration_seconds_count", ("graphql_operation_name", "(unnamed)"), ("graphql_operation_type", "query")) >= 1);
        // ASP.NET Core's and Npgsql's meters are per host, and this process runs many hosts: they are checked in a host of
        // its own process, as deployed (ProcessMetricsTests).

        Assert.Contains("# TYPE ladok_graphql_operation_duration_seconds histogram", scraped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_show_the_outbox_backlog_and_the_age_of_its_oldest_message_per_module()
    {
        // A message two hours old whose one delivery is not due until tomorrow: it stays undelivered.
        var message = Guid.NewGuid();
        await host.ExecuteAsync($"""
            INSERT INTO records.outbox_messages (id, type, payload, occurred_at) VALUES ('{message}', 'records.registration-recorded', '{"{}"}',
                now() - interval '2 hours');
            INSERT INTO records.outbox_deliveries (message_id, subscriber, attempts, next_attempt_at) VALUES ('{message}', 'reporting.registrations',
                1, now() + interval '1 day');
            """);

        var scraped = await ScrapeUntilAsync(text =>
            Sample(text, "ladok_outbox_oldest_pending_age_seconds", ("ladok_module", "records"), ("db_namespace", host.DatabaseName)) >= 7000);

        Assert.True(Sample(scraped, "ladok_outbox_pending", ("ladok_module", "records"), ("db_namespace", host.DatabaseName)) >= 1, scraped);
        Assert.NotNull(Sample(scraped, "ladok_outbox_parked", ("ladok_module", "records"), ("db_namespace", host.DatabaseName)));
    }

    [Fact]
    public async Task Metrics_count_a_plugins_failure_by_plugin_and_extension_point()
    {
        var ready = await ReadyResultAsync("Assemblers [throw]");

        var failed = await host.MutateAsync("attestResults", "results { id }", new { results = new[] { ready } }, Examiner);

        Assert.Equal("PLUGIN_FAILURE", failed["errors"]![0]!["code"]!.GetValue<string>());
        await ScrapeUntilAsync(text => Sample(text, "ladok_plugin_failures_total",
            ("ladok_plugin_id", "test.throwing-result-rule"), ("ladok_plugin_extension_point", "result rule"), ("error_type", "exception")) >= 1);
    }

    private static int nextNumber;

    /// <summary>A result marked ready (the throwing rule lets that step pass), as the <c>{ id version }</c> that attestation takes.</summary>
    private async Task<object> ReadyResultAsync(string projectTitle)
    {
        var number = IdentityNumbers.Personal($"980302{Interlocked.Increment(ref nextNumber):D3}");
        var student = (
            await host.MutateAsync(
                "createStudent", "student { id }", new { identityNumber = number, firstName = "Trace", lastName = "Student" }, StudyAdministrator))["student"]!;
        var offering = await host.PostAsync("{ offering(courseCode: \"5DV001\", term: \"HT2025\") { id } }", user: Admin);
        var registration = (await host.MutateAsync("registerStudent", "registration { id }",
            new { studentId = Id(student), offeringId = Id(offering.Data["offering"]!) }, StudyAdministrator))["registration"]!;
        var draft = (await host.MutateAsync("reportResult", "result { id version }",
            new { registrationId = Id(registration), moduleCode = "0001", grade = "G", examinationDate = "2025-10-20", projectTitle }, Reporter))["result"]!;
        var ready = await host.MutateAsync("markResultsReady", "results { id version } errors { code }",
            new { results = new[] { Reference(draft) }, examiners = new[] { Examiner } }, Reporter);
        Assert.Empty(ready["errors"]!.AsArray());
        return Reference(ready["results"]![0]!);
    }

    /// <summary>The trace's spans once one matching <paramref name="until"/> has ended (the request's own span ends after the answer is sent).</summary>
    private async Task<IReadOnlyList<Activity>> SpansOfAsync(ActivityTraceId trace, Func<Activity, bool> until) =>
        await Eventually.Async(() => Task.FromResult(host.Spans.Snapshot().Where(s => s.TraceId == trace).ToList()), spans => spans.Any(until),
            spans => $"the awaited span of trace {trace} (it has {spans.Count})", Patience);

    private static IEnumerable<ActivitySpanId> Ancestors(Activity span, IReadOnlyList<Activity> trace)
    {
        for (var parent = span.ParentSpanId; parent != default; parent = trace.FirstOrDefault(s => s.SpanId == parent)?.ParentSpanId ?? default)
        {
            yield return parent;
        }
    }

    /// <summary>Scrapes until <paramref name="shows"/> holds (a collection may lag a request a little), then returns that scrape.</summary>
    private Task<string> ScrapeUntilAsync(Func<string, bool> shows) =>
        Eventually.Async(host.ScrapeAsync, shows, text => $"/metrics to show what was expected:\n{text}", Patience);

    /// <summary>
    /// The value of the sample of <paramref name="metric"/> with all of <paramref name="labels"/>, summed over its other labels; null when there is
    /// none.
    /// </summary>
    internal static double? Sample(string scraped, string metric, params (string Name, string Value)[] labels)
    {
        double? sum = null;
        foreach (var line in scraped.Split('\n'))
        {
            if (!line.StartsWith(metric + "{", StringComparison.Ordinal)) continue;
            var close = line.LastIndexOf('}');
            if (!labels.All(l => line[..close].Contains($"{l.Name}=\"{l.Value}\"", StringComparison.Ordinal))) continue;
            var value = line[(close + 1)..].Trim().Split(' ')[0];
            sum = (sum ?? 0) + double.Parse(value, CultureInfo.InvariantCulture);
        }
        return sum;
    }

    private static string Id(JsonNode node) => node["id"]!.GetValue<string>();

    private static object Reference(JsonNode result) => new { id = Id(result), version = result["version"]!.GetValue<string>() };
}
