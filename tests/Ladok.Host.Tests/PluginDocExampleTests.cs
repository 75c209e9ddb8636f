using System.Text.RegularExpressions;
using Ladok.Host.Plugins;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// docs/plugins.md's worked examples compile: every C# block marked <c>&lt;!-- example: path[#name] --&gt;</c> quotes a file the solution
/// builds (Lund's plugin, or the fixture Ladok.Plugins.Fixtures.DocExamples), the whole file after its namespace or the region between
/// <c>// &lt;example:name&gt;</c> and <c>// &lt;/example:name&gt;</c>. A changed example changes the page, or this fails.
/// </summary>
public sealed partial class PluginDocExampleTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "plugins.md"));

    public static TheoryData<string> Examples() => [.. Marked().Select(m => m.Groups["source"].Value)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_marked_example_is_what_the_built_source_says(string source)
    {
        var block = Marked().Single(m => m.Groups["source"].Value == source).Groups["code"].Value;
        var (path, name) = source.Split('#') is [var p, var n] ? (p, n) : (source, null);
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, path));

        var quoted = name is null
            ? lines.SkipWhile(l => !l.StartsWith("namespace ", StringComparison.Ordinal)).Skip(1)
            : lines.SkipWhile(l => l.Trim() != $"// <example:{name}>").Skip(1).TakeWhile(l => l.Trim() != $"// </example:{name}>");

        Assert.Equal(Normalised(quoted), Normalised(block.Split('\n')));
    }

    [Fact]
    public void The_page_marks_an_example_of_every_extension_point_and_the_examples_plugin_loads()
    {
        Assert.True(Marked().Count >= 14, $"docs/plugins.md marks {Marked().Count} examples.");
        var folder = Directory.CreateTempSubdirectory("ladok-plugins-").FullName;
        try
        {
            var target = Directory.CreateDirectory(Path.Combine(folder, "DocExamples")).FullName;
            foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.TestPlugins, "DocExamples")))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }

            var plugin = Assert.Single(PluginCatalog.Load(folder).Plugins);

            Assert.Equal((1, 1, 1, 1), (plugin.InactivityRules.Count, plugin.EventSubscribers.Count, plugin.ReRegistrationRules.Count,
                plugin.RegistrationObstacleRules!.Count));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<Match> Marked() => MarkedBlock().Matches(Page).ToList();

    /// <summary>The lines without the indentation they share and without blank lines at either end.</summary>
    private static string Normalised(IEnumerable<string> lines)
    {
        var kept = lines.Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).Reverse().SkipWhile(l => l.Length == 0).Reverse().ToList();
        var indent = kept.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', kept.Select(l => l.Length == 0 ? l : l[indent..]));
    }

    [GeneratedRegex(@"<!-- example: (?<source>\S+) -->\s*```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkedBlock();
}
