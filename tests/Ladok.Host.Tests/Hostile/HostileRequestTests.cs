using System.Net;
using System.Text;
using System.Text.Json;
using Autofac;
using Ladok.Kernel.GraphQL;
using Ladok.Testing;

namespace Ladok.Host.Tests.Hostile;

/// <summary>The host with the test-only <see cref="ProbeContributor"/> fields and a short wait for request bodies.</summary>
public sealed class ProbeHost : LadokHost
{
    public ResolverCalls Calls { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["GraphQL:RequestBodyTimeout"] = "00:00:01",
    };

    protected override void ConfigureContainer(ContainerBuilder container)
    {
        container.RegisterInstance(Calls);
        container.Register(_ => new ProbeContributor(Calls, ConnectionString)).As<ISchemaContributor>().SingleInstance();
    }

    /// <summary>POSTs raw bytes as they are, accepting <c>application/graphql-response+json</c>, whose status codes tell refusals apart.</summary>
    public async Task<GraphQLResponse> PostRawAsync(HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await Http.SendAsync(request);
        return await GraphQLResponse.ReadAsync(response);
    }

    /// <summary>After whatever came before, an ordinary query still answers.</summary>
    public async Task AssertHealthyAsync()
    {
        var response = await PostAsync("{ university { code } }");
        Assert.Equal(200, response.Status);
        Assert.Equal("UMU", response.Data["university"]!["code"]!.GetValue<string>());
    }
}

/// <summary>
/// Documents built to cost far more than they weigh. Each is refused with <c>DOCUMENT_TOO_COMPLEX</c> by the
/// check on the parsed document, which names the limit (GraphQL.NET's own errors name none of these), before
/// validation or any resolver ran; the host answers an ordinary query right after. Their refusal times are in
/// docs/benchmarks.md.
/// </summary>
public sealed class HostileDocumentTests(ProbeHost host) : IClassFixture<ProbeHost>
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>The issue's 1.6 KB document: F8 expands to 10^8 fields.</summary>
    public static string FragmentExplosion(string leaf) =>
        "query { ...F8 }\nfragment F0 on Query { " + leaf + " }\n"
        + string.Concat(Enumerable.Range(1, 8).Select(i => $"fragment F{i} on Query {{ {Repeat($"...F{i - 1} ", 10)}}}\n"));

    [Fact]
    public async Task A_fragment_explosion_is_refused_by_its_expanded_field_count_before_anything_runs()
    {
        var before = host.Calls.Count;

        var response = await host.PostAsync(FragmentExplosion("probe"), language: "en");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("100,000,000 fields with fragments expanded", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.Null(response.Body!["data"]);
        Assert.Equal(before, host.Calls.Count);
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_fragment_explosion_in_an_unused_fragment_is_refused_too()
    {
        // Validation walks every fragment, used or not: an unused one must not get a free pass.
        var document = FragmentExplosion("probe").Replace("query { ...F8 }", "query { probe }", StringComparison.Ordinal);

        var response = await host.PostAsync(document, language: "en");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("fields with fragments expanded", response.Errors[0]!["message"]!.GetValue<string>());
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task Fragments_that_spread_each_other_are_an_invalid_document_not_a_hang()
    {
        var response = await host.PostAsync("query { ...A } fragment A on Query { probe ...B } fragment B on Query { probe ...A }");

        Assert.Equal(400, response.Status);
        Assert.Contains("INVALID_DOCUMENT", response.ErrorCodes);
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task The_issues_directive_flood_is_refused_by_its_length()
    {
        var before = host.Calls.Count;

        var response = await host.PostAsync("{ probe " + Repeat("@include(if: true) ", 10_000) + "}");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Equal(before, host.Calls.Count);
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_directive_flood_within_the_length_is_refused_by_the_directives_per_selection()
    {
        var before = host.Calls.Count;

        var response = await host.PostAsync("{ probe " + Repeat("@include(if: true) ", 1_000) + "}", language: "en");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("1,000 directives", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(before, host.Calls.Count);
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task An_alias_flood_of_mutations_is_refused_and_writes_nothing()
    {
        var create = """createCourse(input: {code: "5DV901", nameSv: "x", nameEn: "x", organisationUnitCode: "DV", level: FIRST_CYCLE}) { errors { code } }""";
        var document = "mutation { " + string.Concat(Enumerable.Range(0, 200).Select(i => $"a{i}: {create} ")) + "}";

        var response = await host.PostAsync(document, user: "ladokadm", language: "en");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("200 aliases", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.courses WHERE code = '5DV901'"));
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task Selections_nested_three_thousand_deep_are_refused_while_parsing()
    {
        var response = await host.PostAsync("{ " + Repeat("a{", 3_000) + "b" + Repeat("}", 3_000) + " }", language: "en");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("nested too deeply", response.Errors[0]!["message"]!.GetValue<string>());
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task Nesting_through_fragments_counts_as_nesting()
    {
        // Each fragment adds one level; spread into one another they nest 20 deep, over the limit of 15.
        var fragments = string.Concat(Enumerable.Range(1, 20).Select(i => $"fragment P{i} on OrganisationUnit {{ parent {{ ...P{i + 1} }} }} "))
            .Replace("...P21", "code", StringComparison.Ordinal);

        var response = await host.PostAsync("{ organisationUnits { ...P1 } } " + fragments, user: "ladokadm", language: "en");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("nest at most 15 levels", response.Errors[0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Fifteen_thousand_tokens_are_refused_before_parsing()
    {
        var before = host.Calls.Count;

        var response = await host.PostAsync("{ " + Repeat("probe ", 15_000) + "}", language: "en");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Contains("tokens", response.Errors[0]!["message"]!.GetValue<string>());
        Assert.Equal(before, host.Calls.Count);
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task A_string_literal_just_under_the_length_limit_is_read_and_answered()
    {
        var text = new string('x', 99_000);

        var response = await host.PostAsync($"{{ probe(text: \"{text}\") }}");

        Assert.Equal(200, response.Status);
        Assert.Equal(99_000, response.Data["probe"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_megabyte_string_literal_is_refused_by_the_length_limit()
    {
        var before = host.Calls.Count;

        var response = await host.PostAsync($"{{ probe(text: \"{new string('x', 1024 * 1024)}\") }}");

        Assert.Equal(400, response.Status);
        Assert.Equal(["DOCUMENT_TOO_COMPLEX"], response.ErrorCodes);
        Assert.Equal(before, host.Calls.Count);
        await host.AssertHealthyAsync();
    }

    [Fact]
    public async Task An_unknown_operation_name_is_an_invalid_document()
    {
        var before = host.Calls.Count;
        var body = JsonSerializer.Serialize(new { query = "query A { probe } query B { probe }", operationName = "C" });

        var response = await host.PostRawAsync(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(400, response.Status);
        Assert.Equal(["INVALID_DOCUMENT"], response.ErrorCodes);
        Assert.Equal(before, host.Calls.Count);
        await host.AssertHealthyAsync();
    }
}

/// <summary>Request bodies that are not one well-formed GraphQL-over-HTTP request, each answered with a typed 4xx.</summary>
public sealed class HostileBodyTests(ProbeHost host) : IClassFixture<ProbeHost>
{
    internal const string CreateCourse =
        """mutation { createCourse(input: {code: "5DV902", nameSv: "x", nameEn: "x", organisationUnitCode: "DV", level: FIRST_CYCLE}) { errors { code } } }""";

    private static ByteArrayContent Json(byte[] bytes) => new(bytes) { Headers = { ContentType = new("application/json") } };

    private static ByteArrayContent Json(string text) => Json(Encoding.UTF8.GetBytes(text));

    private async Task AssertRefusedAsync(HttpContent content, int status, string code, string? reason = null)
    {
        var before = host.Calls.Count;

        var response = await host.PostRawAsync(content);

        Assert.Equal(status, response.Status);
        Assert.Equal([code], response.ErrorCodes);
        if (reason is not null) Assert.Equal(reason, response.Errors[0]!["extensions"]!["reason"]!.GetValue<string>());
        Assert.Equal(before, host.Calls.Count);
        await host.AssertHealthyAsync();
    }

    [Fact]
    public Task A_ten_megabyte_body_is_413() =>
        AssertRefusedAsync(
            Json("{\"query\": \"{ probe }\", \"variables\": {\"t\": \"" + new string('x', 10 * 1024 * 1024) + "\"}}"), 413, "DOCUMENT_TOO_COMPLEX");

    [Fact]
    public Task A_ten_megabyte_body_without_a_length_is_413_too()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"query\": \"{ probe }\", \"variables\": {\"t\": \"" + new string('x', 10 * 1024 * 1024) + "\"}}");
        var chunked = new StreamContent(new UnknownLengthStream(bytes)) { Headers = { ContentType = new("application/json") } };
        return AssertRefusedAsync(chunked, 413, "DOCUMENT_TOO_COMPLEX");
    }

    [Fact]
    public async Task Huge_variables_within_the_body_limit_are_read_and_answered()
    {
        var response = await host.PostAsync("query($t: String) { probe(text: $t) }", new { t = new string('x', 1_500_000) });

        Assert.Equal(200, response.Status);
        Assert.Equal(1_500_000, response.Data["probe"]!.GetValue<int>());
    }

    [Fact]
    public Task Variables_nested_ten_thousand_deep_are_400() =>
        AssertRefusedAsync(Json("{\"query\": \"{ probe }\", \"variables\": {\"t\": " + new string('[', 10_000) + new string(']', 10_000) + "}}"),
            400, "BAD_REQUEST", "BODY_NOT_JSON");

    [Fact]
    public Task A_json_array_of_operations_is_refused_as_a_batch() =>
        AssertRefusedAsync(Json("[{\"query\": \"{ probe }\"}, {\"query\": \"{ probe }\"}]"), 400, "BAD_REQUEST", "BATCH_NOT_SUPPORTED");

    [Fact]
    public Task Invalid_utf8_is_400() =>
        AssertRefusedAsync(Json([.. Encoding.UTF8.GetBytes("{\"query\": \"{ probe(text: \\\""), 0xC3, 0x28, 0xFF, .. Encoding.UTF8.GetBytes("\\\") }\"}")]),
            400, "BAD_REQUEST", "BODY_NOT_UTF8");

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public Task A_body_of_another_content_type_is_415(string contentType) =>
        AssertRefusedAsync(new StringContent("{\"query\": \"{ probe }\"}", Encoding.UTF8) { Headers = { ContentType = MediaTypeHeaderValueOf(contentType) } },
            415, "BAD_REQUEST");

    [Fact]
    public Task A_body_without_a_content_type_is_415() =>
        AssertRefusedAsync(new ByteArrayContent(Encoding.UTF8.GetBytes("{\"query\": \"{ probe }\"}")), 415, "BAD_REQUEST");

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public Task An_empty_body_is_400(string body) => AssertRefusedAsync(Json(body), 400, "BAD_REQUEST", "BODY_EMPTY");

    [Theory]
    [InlineData("\"{ probe }\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("true")]
    public Task Json_that_is_not_an_object_is_400(string body) => AssertRefusedAsync(Json(body), 400, "BAD_REQUEST", "BODY_NOT_AN_OBJECT");

    private static System.Net.Http.Headers.MediaTypeHeaderValue MediaTypeHeaderValueOf(string value) =>
        System.Net.Http.Headers.MediaTypeHeaderValue.Parse(value);

    /// <summary>A readable stream that does not tell its length, so the body is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }

    /// <summary>
    /// Sends one byte per <paramref name="pause"/>, flushed each time (the HTTP client would otherwise buffer them):
    /// a client on a very slow line, or one holding a connection open on purpose.
    /// </summary>
    internal sealed class TrickleContent(byte[] bytes, TimeSpan pause) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, default);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            for (var i = 0; i < bytes.Length; i++)
            {
                await Task.Delay(pause, cancellationToken);
                await stream.WriteAsync(bytes.AsMemory(i, 1), cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}

/// <summary><see cref="ProbeHost"/> over a real connection, where a slow sender really is slow.</summary>
public sealed class KestrelProbeHost : LadokHost
{
    protected override bool OnKestrel => true;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["GraphQL:RequestBodyTimeout"] = "00:00:01",
    };
}

/// <summary>A client that sends its body a byte at a time is not waited for; one that hangs up leaves nothing behind.</summary>
public sealed class SlowSenderTests(KestrelProbeHost host) : IClassFixture<KestrelProbeHost>, IDisposable
{
    private const string CreateCourse = HostileBodyTests.CreateCourse;

    // A plain client on the host's port: the factory's client buffers a request body before it sends it (to follow redirects).
    private readonly HttpClient direct = new() { BaseAddress = host.Http.BaseAddress };

    public void Dispose() => direct.Dispose();

    [Fact]
    public async Task A_body_that_stops_arriving_is_answered_408_and_its_mutation_never_runs()
    {
        // Over a socket: headers announcing a mutation the administrator may run, then a few bytes of it, then nothing.
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = CreateCourse }));
        var token = await host.TokenAsync("ladokadm");
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(host.Http.BaseAddress!.Host, host.Http.BaseAddress.Port);
        var stream = client.GetStream();
        var head = $"POST /graphql HTTP/1.1\r\nHost: {host.Http.BaseAddress.Authority}\r\nContent-Type: application/json\r\n"
            + $"Authorization: Bearer {token}\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body.AsMemory(0, 10));

        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var answer = await reader.ReadToEndAsync(giveUp.Token);

        Assert.StartsWith("HTTP/1.1 408", answer, StringComparison.Ordinal);
        Assert.Contains("\"BAD_REQUEST\"", answer, StringComparison.Ordinal);
        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.courses WHERE code = '5DV902'"));
        var after = await host.PostAsync("{ university { code } }");
        Assert.Equal(200, after.Status);
    }

    [Fact]
    public async Task A_client_that_disconnects_while_sending_leaves_nothing_behind()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = CreateCourse }));
        var trickle = new HostileBodyTests.TrickleContent(body, TimeSpan.FromMilliseconds(50)) { Headers = { ContentType = new("application/json") } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = trickle };
        request.Headers.Authorization = new("Bearer", await host.TokenAsync("ladokadm"));
        using var hangUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => direct.SendAsync(request, hangUp.Token));

        Assert.Equal(0L, await host.ScalarAsync<long>("SELECT count(*) FROM catalogue.courses WHERE code = '5DV902'"));
        var after = await host.PostAsync("{ university { code } }");
        Assert.Equal(200, after.Status);
    }
}
