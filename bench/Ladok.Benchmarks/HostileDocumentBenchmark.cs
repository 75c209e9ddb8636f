using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using Ladok.Kernel.GraphQL;
using Ladok.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Ladok.Benchmarks;

/// <summary>Hostile documents: the two of the issue, an alias flood, many tokens, deep nesting, a huge string literal.</summary>
internal static class HostileDocuments
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        // F0 = { __typename }, each next fragment spreads the previous one ten times: 10^8 fields expanded.
        ["fragment explosion"] = "query { ...F8 }\nfragment F0 on Query { __typename }\n"
            + string.Concat(Enumerable.Range(1, 8).Select(i => $"fragment F{i} on Query {{ {Repeat($"...F{i - 1} ", 10)}}}\n")),
        // The issue's 10,000 directives are over MaxDocumentLength; 4,000 fit within it.
        ["directive flood (10,000)"] = "{ __typename " + Repeat("@include(if: true) ", 10_000) + "}",
        ["directive flood (4,000)"] = "{ __typename " + Repeat("@include(if:true)", 4_000) + "}",
        ["alias flood (3,000)"] = "{ " + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"a{i}: __typename ")) + "}",
        ["9,000 fields"] = "{ " + Repeat("__typename ", 9_000) + "}",
        ["15,000 tokens"] = "{ " + Repeat("a ", 15_000) + "}",
        ["nested 3,000 deep"] = "{ " + Repeat("a{", 3_000) + "b" + Repeat("}", 3_000) + " }",
        ["99,000-character string"] = "{ university(x: \"" + new string('x', 99_000) + "\") { code } }",
    };
}

/// <summary>
/// How long the host takes to refuse each hostile document (POST /graphql, in-process test server, anonymous):
/// the length, token and cost checks, before validation (the string literal parses, then validation refuses
/// the unknown argument).
/// </summary>
[InProcess]
[WarmupCount(2)]
[IterationCount(10)]
public class HostileDocumentBenchmark
{
    private LadokHost host = null!;
    private byte[] body = null!;

    [ParamsSource(nameof(Names))]
    public string Document { get; set; } = "";

    public static IEnumerable<string> Names => HostileDocuments.All.Keys;

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = new LadokHost();
        await host.InitializeAsync();
        body = JsonSerializer.SerializeToUtf8Bytes(new { query = HostileDocuments.All[Document] });
    }

    [GlobalCleanup]
    public Task CleanUpAsync() => host.DisposeAsync();

    [Benchmark(Description = "POST /graphql, refused")]
    public async Task<int> Refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (int)response.StatusCode == 400 ? text.Length
            : throw new InvalidOperationException($"{(int)response.StatusCode} {text}");
    }
}

/// <summary>
/// Before: what the host did with these documents until they were measured before validation. GraphQL.NET's
/// validation with the rules the endpoint used (the core rules and the complexity rule with the old limits),
/// and the two suspects alone, so the expensive one is named. One run each: the slow ones take many seconds.
/// </summary>
[InProcess]
[WarmupCount(0)]
[IterationCount(1)]
[InvocationCount(1)]
public class HostileDocumentValidationBenchmark
{
    private LadokHost host = null!;
    private LadokSchema schema = null!;
    private GraphQLDocument document = null!;

    [Params("fragment explosion", "directive flood (4,000)")]
    public string Document { get; set; } = "";

    [Params("all rules", "OverlappingFieldsCanBeMerged", "complexity")]
    public string Rules { get; set; } = "";

    [GlobalSetup]
    public async Task SetUpAsync()
    {
        host = new LadokHost();
        await host.InitializeAsync();
        schema = host.Services.GetRequiredService<LadokSchema>();
        schema.Initialize();
        document = Parser.Parse(HostileDocuments.All[Document], new ParserOptions { Ignore = IgnoreOptions.Comments });
    }

    [GlobalCleanup]
    public Task CleanUpAsync() => host.DisposeAsync();

    [Benchmark(Description = "GraphQL.NET validation (old rules)")]
    public async Task<bool> Validate()
    {
        var complexity = new ComplexityValidationRule(new ComplexityOptions { MaxDepth = 15, MaxComplexity = 500_000 });
        var overlapping = DocumentValidator.CoreRules.Where(r => r.GetType().Name.StartsWith("OverlappingFields", StringComparison.Ordinal)).ToList();
        IValidationRule[] rules = Rules switch
        {
            "OverlappingFieldsCanBeMerged" => [.. overlapping],
            "complexity" => [complexity],
            _ => [.. DocumentValidator.CoreRules, complexity],
        };
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(),
            Rules = rules,
            User = new System.Security.Claims.ClaimsPrincipal(),
            RequestServices = host.Services,
        });
        return result.IsValid;
    }
}
