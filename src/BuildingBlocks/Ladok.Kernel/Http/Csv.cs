using System.Globalization;
using CsvHelper;

namespace Ladok.Kernel.Http;

/// <summary>
/// The CSV a person downloads, written by CsvHelper: RFC 4180 (CRLF, fields with a comma, quote or line break quoted, quotes
/// doubled), UTF-8 without a byte order mark, and no spreadsheet formulas: a text field that starts with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, tab or CR gets a leading <c>'</c> and quotes (CsvHelper's <see cref="CsvInjection.Escape"/>), so Excel
/// or LibreOffice shows it as text instead of running it. A negative number such as <c>-1.5</c> is data, not a formula, and
/// stays as it is, so a spreadsheet still sums it.
/// </summary>
public static class Csv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        // Rows are written as they come: a report's shape is its definition's, and a stream cut short has no later check.
        ValidateFieldCount = false,
    };

    /// <summary>A writer onto the response body (left open); dispose it to flush what it buffered.</summary>
    public static CsvWriter CreateWriter(Stream body) => CsvWriter.Create(body, Options, leaveOpen: true);

    /// <summary>Writes one record of text fields.</summary>
    public static async Task WriteRecordAsync(CsvWriter writer, IReadOnlyList<string> fields, CancellationToken cancellationToken)
    {
        foreach (var field in fields)
        {
            // CsvHelper leaves the numbers it formats alone and escapes text: hand it a negative number as the number it is.
            if (NegativeNumber(field) is { } number) writer.WriteField(number, "");
            else writer.WriteField(field);
        }
        await writer.EndRecordAsync(cancellationToken);
    }

    /// <summary>The number a field such as <c>-1.5</c> is, when it is one written exactly so (no exponent, spaces or other signs).</summary>
    private static decimal? NegativeNumber(string field) =>
        field.StartsWith('-')
        && decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
        && number.ToString(CultureInfo.InvariantCulture) == field
            ? number
            : null;
}
