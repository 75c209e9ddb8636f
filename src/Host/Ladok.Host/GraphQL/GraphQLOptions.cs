namespace Ladok.Host.GraphQL;

/// <summary>Limits on what one request may ask (section <c>GraphQL</c> of the configuration).</summary>
public sealed class GraphQLOptions
{
    /// <summary>Characters in the document; a longer one is refused before it is parsed.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>Bytes in a request body (the document and its variables).</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Nesting of fields.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// GraphQL.NET's complexity estimate, in which a list multiplies its children by its page size
    /// (or 5): <c>courses(first: 100)</c> with versions and modules scores about 126,000.
    /// </summary>
    public int MaxComplexity { get; set; } = 500_000;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> answer. On in Development.</summary>
    public bool Introspection { get; set; }
}
