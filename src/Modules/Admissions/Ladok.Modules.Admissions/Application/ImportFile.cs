using System.Text;

namespace Ladok.Modules.Admissions.Application;

/// <summary>
/// A line of the import file as its fields: separated by <c>;</c>, each trimmed, one in double quotes when it holds a
/// <c>;</c> (a quote inside doubled). Written by hand: the file is six plain columns a line, and a parser that let a quoted
/// field run over several lines would make the line numbers in the report wrong.
/// </summary>
public static class ImportFile
{
    public const char Separator = ';';

    /// <summary>The line's fields; null when a quoted field is not closed on the line.</summary>
    public static List<string>? Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == Separator)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else field.Append(c);
        }
        if (quoted) return null;
        fields.Add(field.ToString().Trim());
        return fields;
    }
}
