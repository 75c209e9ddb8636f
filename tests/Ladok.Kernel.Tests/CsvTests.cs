using System.Text;
using Ladok.Kernel.Http;

namespace Ladok.Kernel.Tests;

/// <summary>The CSV people download: RFC 4180, and nothing a spreadsheet would run as a formula.</summary>
public sealed class CsvTests
{
    [Fact]
    public async Task Records_are_RFC_4180_lines_ending_in_CRLF_with_fields_quoted_only_when_they_need_it()
    {
        var text = await WriteAsync(["term", "name", "note"], ["HT2025", "Lund, Malmö", "says \"hej\"\non two lines"]);

        Assert.Equal("term,name,note\r\nHT2025,\"Lund, Malmö\",\"says \"\"hej\"\"\non two lines\"\r\n", text);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+1", "\"'+1+1\"")]
    [InlineData("-1+cmd|' /C calc'!A0", "\"'-1+cmd|' /C calc'!A0\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("-", "\"'-\"")]
    [InlineData("-1e5", "\"'-1e5\"")]
    public async Task A_field_that_starts_with_a_formula_character_is_shown_as_text(string field, string written)
    {
        Assert.Equal($"a,{written}\r\n", await WriteAsync(["a", field]));
    }

    [Theory]
    [InlineData("-1.5")]
    [InlineData("-7")]
    [InlineData("-0.50")]
    public async Task A_negative_number_is_data_and_stays_a_number(string number)
    {
        Assert.Equal($"a,{number}\r\n", await WriteAsync(["a", number]));
    }

    [Fact]
    public async Task Ordinary_text_numbers_and_empty_fields_are_written_as_they_are()
    {
        Assert.Equal("5DV001,007,7.5,,a=b\r\n", await WriteAsync(["5DV001", "007", "7.5", "", "a=b"]));
    }

    private static async Task<string> WriteAsync(params string[][] records)
    {
        using var body = new MemoryStream();
        await using (var writer = Csv.CreateWriter(body))
        {
            foreach (var record in records) await Csv.WriteRecordAsync(writer, record, CancellationToken.None);
        }
        return Encoding.UTF8.GetString(body.ToArray());
    }
}
