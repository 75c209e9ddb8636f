using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphQL.Transport;
using Ladok.Kernel.Errors;
using Microsoft.Extensions.Options;

namespace Ladok.Host.GraphQL;

/// <summary>
/// Trusted documents (GraphQL over HTTP, persisted documents): a front end registers its operations when it is built and
/// sends <c>{"documentId": "sha256:…"}</c> instead of the text. The manifest is a JSON object of hash to document, as
/// GraphQL Code Generator's client preset writes <c>persisted-documents.json</c>; each hash is checked against its text
/// at start-up. With <see cref="TrustedDocumentOptions.Only"/> the endpoint runs nothing else.
/// </summary>
internal sealed class TrustedDocuments
{
    private const string Prefix = "sha256:";

    private readonly FrozenDictionary<string, string> byHash;
    private readonly bool only;

    public TrustedDocuments(IOptions<GraphQLOptions> options, IHostEnvironment environment)
    {
        var settings = options.Value.TrustedDocuments;
        only = settings.Only;
        byHash = settings.Manifest is { Length: > 0 } manifest
            ? Load(Path.GetFullPath(manifest, environment.ContentRootPath))
            : FrozenDictionary<string, string>.Empty;
        if (only && byHash.Count == 0)
        {
            throw new InvalidOperationException("GraphQL:TrustedDocuments:Only is set but no manifest of documents is: nothing could run.");
        }
    }

    /// <summary>The document text a request runs, or why it may not run.</summary>
    public (string? Query, DomainError? Refusal) DocumentOf(GraphQLRequest request)
    {
        if (request.DocumentId is { } documentId)
        {
            if (!string.IsNullOrEmpty(request.Query)) return (null, DomainError.Of(KernelReasons.QueryAndDocumentId, (Field?)null));
            var hash = documentId.StartsWith(Prefix, StringComparison.Ordinal) ? documentId[Prefix.Length..] : documentId;
            return byHash.TryGetValue(hash, out var text)
                ? (text, null)
                : (null, DomainError.Of(KernelReasons.DocumentNotRegistered, (Field?)null, documentId));
        }

        if (only && !string.IsNullOrEmpty(request.Query) && !byHash.ContainsKey(Sha256(request.Query)))
        {
            return (null, DomainError.Of(KernelReasons.OnlyRegisteredDocuments, (Field?)null));
        }
        return (request.Query, null);
    }

    private static FrozenDictionary<string, string> Load(string path)
    {
        var documents = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"The trusted documents manifest {path} is empty.");
        var byHash = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, text) in documents)
        {
            var hash = id.StartsWith(Prefix, StringComparison.Ordinal) ? id[Prefix.Length..] : id;
            if (!string.Equals(hash, Sha256(text), StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"The trusted document {id} in {path} is not the SHA-256 of its text.");
            }
            byHash[hash.ToLowerInvariant()] = text;
        }
        return byHash.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

/// <summary>Section <c>GraphQL:TrustedDocuments</c>.</summary>
public sealed class TrustedDocumentOptions
{
    /// <summary>A JSON file of SHA-256 hash (hex, with or without <c>sha256:</c>) to document text; relative to the content root.</summary>
    public string? Manifest { get; set; }

    /// <summary>Run only the manifest's documents: a request with another document text is refused. Off by default; set it in production.</summary>
    public bool Only { get; set; }
}
