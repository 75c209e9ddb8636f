using System.Text.RegularExpressions;
using Ladok.Testing;

namespace Ladok.Architecture.Tests;

/// <summary>
/// A side-by-side diff shows a line whole only when it is short: C# lines stay within the
/// <c>max_line_length</c> that <c>.editorconfig</c> sets. Generated migrations are exempt.
/// </summary>
public sealed partial class LineLengthTests
{
    private static readonly string[] Folders = ["src", "plugins", "tests", "bench", "templates"];

    [Fact]
    public void No_line_of_CSharp_is_longer_than_the_editorconfig_allows()
    {
        var limit = MaxLineLength();
        var files = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj" or "Migrations" or "node_modules"))
            .ToList();

        var tooLong = files.SelectMany(path => LongLines(File.ReadLines(Path.Combine(RepositoryPaths.Root, path)), limit)
            .Select(line => $"{path}:{line.Number} has {line.Length} characters")).ToList();

        Assert.Contains(files, f => f.EndsWith("Program.cs", StringComparison.Ordinal));
        Assert.True(tooLong.Count == 0, $"Lines longer than {limit} characters:\n{string.Join('\n', tooLong)}");
    }

    [Fact]
    public void The_check_finds_a_line_one_character_over_the_limit()
    {
        string[] lines = ["short", new string('x', 160), new string('y', 161)];

        Assert.Equal([(3, 161)], LongLines(lines, 160).Select(l => (l.Number, l.Length)));
    }

    private static IEnumerable<(int Number, int Length)> LongLines(IEnumerable<string> lines, int limit) =>
        lines.Select((line, index) => (Number: index + 1, line.Length)).Where(l => l.Length > limit);

    private static int MaxLineLength()
    {
        var match = MaxLineLengthSetting().Match(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".editorconfig")));
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : throw new InvalidOperationException(".editorconfig sets no max_line_length for C#.");
    }

    [GeneratedRegex(@"\[\*\.cs\][^\[]*?max_line_length\s*=\s*(\d+)")]
    private static partial Regex MaxLineLengthSetting();
}
