namespace Ladok.Modules.Reporting.Domain;

/// <summary>
/// One export of a report to another authority: who took which report for which period, in which form, and how many rows. Kept, never changed.
/// </summary>
public sealed class ExportRecord
{
    private ExportRecord()
    {
    }

    public ExportRecord(string report, string period, string format, int rowCount, string exportedBy, DateTimeOffset exportedAt)
    {
        Id = Guid.CreateVersion7(exportedAt);
        Report = report;
        Period = period;
        Format = format;
        RowCount = rowCount;
        ExportedBy = exportedBy;
        ExportedAt = exportedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>The report's name, such as <c>scb-term</c>.</summary>
    public string Report { get; private set; } = "";

    public string Period { get; private set; } = "";

    /// <summary><c>graphql</c> or <c>csv</c>.</summary>
    public string Format { get; private set; } = "";

    public int RowCount { get; private set; }

    public string ExportedBy { get; private set; } = "";

    public DateTimeOffset ExportedAt { get; private set; }
}
