namespace Ladok.Kernel.Http;

/// <summary>RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled; lines end with CRLF.</summary>
public static class Csv
{
    public static async Task WriteRowAsync(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) await writer.WriteAsync(',');
            await writer.WriteAsync(Field(fields[i]));
        }
        await writer.WriteAsync("\r\n");
    }

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
