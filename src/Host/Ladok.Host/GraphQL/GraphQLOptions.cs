namespace Ladok.Host.GraphQL;

/// <summary>
/// Limits on what one request may ask and how long it may run (section <c>GraphQL</c> of the configuration).
/// The document limits are checked on the parsed document before GraphQL.NET validates or runs it (see <see cref="DocumentCost"/>).
/// </summary>
public sealed class GraphQLOptions
{
    /// <summary>Characters in the document; a longer one is refused before it is parsed.</summary>
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>Bytes in a request body (the document and its variables).</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>Tokens (names, punctuation, values) in the document; counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 10_000;

    /// <summary>Nesting of fields, with fragments expanded.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Directives on one field, fragment spread or inline fragment.</summary>
    public int MaxDirectivesPerSelection { get; set; } = 5;

    /// <summary>Aliases, with fragments expanded.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Fields a signed-in caller may select, with fragments expanded.</summary>
    public int MaxFields { get; set; } = 2_000;

    /// <summary>Fields an anonymous caller may select, with fragments expanded.</summary>
    public int AnonymousMaxFields { get; set; } = 500;

    /// <summary>
    /// A signed-in caller's complexity estimate: one per field, and a list counts its children once per item
    /// (its <c>first</c>/<c>last</c>, or <see cref="DocumentCost.AssumedListLength"/>), fragments expanded.
    /// <c>courses(first: 100)</c> with versions and modules scores 126,501.
    /// </summary>
    public long MaxComplexity { get; set; } = 500_000;

    /// <summary>The complexity estimate an anonymous caller may use.</summary>
    public long AnonymousMaxComplexity { get; set; } = 20_000;

    /// <summary>How long a query may run before it is cancelled (its database commands too) and answered 503 <c>TIMED_OUT</c>.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a mutation may run; longer than a query for the bulk mutations (reportResults of 1,000 rows).</summary>
    public TimeSpan MutationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a download (a report's CSV, a transcript's PDF) may take to make and send: a 40-year CSN export of 10 million rows took 88 s.
    /// </summary>
    public TimeSpan ExportTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long the request body may take to arrive; a slower sender is answered 408.</summary>
    public TimeSpan RequestBodyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Who may ask for <c>__schema</c> and <c>__type</c>. Everyone in Development, no one elsewhere unless set.</summary>
    public IntrospectionPolicy Introspection { get; set; } = IntrospectionPolicy.Off;

    /// <summary>The documents front ends registered, and whether only they may run.</summary>
    public TrustedDocumentOptions TrustedDocuments { get; set; } = new();
}

/// <summary>Who may introspect the schema.</summary>
public enum IntrospectionPolicy
{
    Off,
    SignedIn,
    Everyone,
}
