namespace Ladok.Modules.Records.Domain;

/// <summary>
/// A bulk report (one exam sitting) by its idempotency key: a client that sends the same batch
/// again, after a time-out say, changes nothing; the same key with other content is refused.
/// </summary>
public sealed class ResultBatch
{
    public const int MaxKeyLength = 100;

    private ResultBatch()
    {
    }

    public ResultBatch(string idempotencyKey, string contentHash, int rowCount, string reportedBy, DateTimeOffset reportedAt)
    {
        IdempotencyKey = idempotencyKey;
        ContentHash = contentHash;
        RowCount = rowCount;
        ReportedBy = reportedBy;
        ReportedAt = reportedAt;
    }

    public string IdempotencyKey { get; private set; } = "";

    /// <summary>SHA-256 of the batch's content in a canonical form.</summary>
    public string ContentHash { get; private set; } = "";

    public int RowCount { get; private set; }

    public string ReportedBy { get; private set; } = "";

    public DateTimeOffset ReportedAt { get; private set; }
}
