using System.Globalization;

namespace Ladok.Host.Database;

/// <summary>
/// How the host rides over a database that is briefly out of reach (section <c>Database</c>): reads are
/// tried again with a doubling back-off, writes are answered 503 <c>UNAVAILABLE</c> with <c>Retry-After</c>.
/// </summary>
public sealed class DatabaseRetryOptions
{
    /// <summary>
    /// Times a query is tried again after a transient database fault. With the delays below (0.1 s doubling to
    /// 2 s) the default 7 keeps trying for about 7 s, enough for PostgreSQL to restart, and inside the query's
    /// deadline (<c>GraphQL:QueryTimeout</c>, 10 s), so an outage that outlasts it is answered UNAVAILABLE.
    /// </summary>
    public int ReadRetries { get; set; } = 7;

    /// <summary>The first delay before a query is tried again; each next one doubles (with jitter) up to <see cref="ReadRetryMaxDelay"/>.</summary>
    public TimeSpan ReadRetryDelay { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest delay between two tries of a query.</summary>
    public TimeSpan ReadRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The <c>Retry-After</c> sent with a 503 <c>UNAVAILABLE</c>.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><see cref="RetryAfter"/> as the header's whole seconds.</summary>
    public string RetryAfterHeader => ((int)Math.Ceiling(RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
