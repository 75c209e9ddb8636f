using System.Reflection;
using System.Text.RegularExpressions;
using Ladok.Kernel.Errors;
using Ladok.Testing;

namespace Ladok.Architecture.Tests;

/// <summary>
/// The reasons a client can meet are one documented list: every reason the product declares is in docs/graphql.md with
/// its code, the docs list none the product lacks, and every reason has its Swedish and its English text.
/// </summary>
public sealed partial class ErrorReasonTests
{
    private static readonly Assembly[] Declaring =
    [
        typeof(Program).Assembly,
        typeof(Kernel.KernelModule).Assembly,
        typeof(Modules.Catalogue.CatalogueModule).Assembly,
        typeof(Modules.Permissions.PermissionsModule).Assembly,
        typeof(Modules.Training.TrainingModule).Assembly,
        typeof(Modules.Records.RecordsModule).Assembly,
        typeof(Modules.Reporting.ReportingModule).Assembly,
        typeof(Modules.Admissions.AdmissionsModule).Assembly,
        typeof(Modules.Notifications.NotificationsModule).Assembly,
    ];

    [Fact]
    public void Every_reason_in_the_code_is_documented_with_its_code_and_the_docs_list_no_other()
    {
        var declared = Reasons().ToDictionary(r => r.Name, r => r.Code.ToWire());
        var documented = DocumentedReasons();

        Assert.Empty(declared.Keys.Except(documented.Keys).Order());
        Assert.Empty(documented.Keys.Except(declared.Keys).Order());
        Assert.Empty(declared.Where(r => documented[r.Key] != r.Value).Select(r => $"{r.Key}: {r.Value} in the code, {documented[r.Key]} in the docs"));
    }

    [Fact]
    public void Every_reason_has_a_Swedish_and_an_English_text()
    {
        var lacking = Reasons()
            .SelectMany(r => ErrorTexts.Languages.Where(l => string.IsNullOrWhiteSpace(ErrorTexts.Template(r, l))).Select(l => $"{r.Name} ({l.Name})"))
            .ToList();

        Assert.Empty(lacking);
    }

    [Fact]
    public void A_reason_is_declared_once()
    {
        Assert.Empty(Reasons().GroupBy(r => r.Name).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void The_docs_check_fails_for_a_reason_the_docs_lack()
    {
        var documented = DocumentedReasons();

        Assert.DoesNotContain("NOT_A_REASON", documented.Keys);
        Assert.NotEmpty(Missing(new Dictionary<string, string> { ["NOT_A_REASON"] = "VALIDATION" }, documented));
    }

    /// <summary>Every reason declared as a static field of a catalogue class in the product's assemblies.</summary>
    private static List<ErrorReason> Reasons() =>
        Declaring.SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType == typeof(ErrorReason))
            .Select(f => (ErrorReason)f.GetValue(null)!)
            .ToList();

    /// <summary>The rows <c>| `REASON` | `CODE` | meaning |</c> of the reasons table in docs/graphql.md.</summary>
    private static Dictionary<string, string> DocumentedReasons()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "graphql.md"));
        var start = docs.IndexOf("### Reasons", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/graphql.md has no section ### Reasons");
        var end = docs.IndexOf("\n#", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? docs[start..] : docs[start..end];
        return ReasonRow().Matches(section).ToDictionary(m => m.Groups["reason"].Value, m => m.Groups["code"].Value);
    }

    private static List<string> Missing(Dictionary<string, string> declared, Dictionary<string, string> documented) =>
        declared.Keys.Where(k => !documented.ContainsKey(k)).Order().ToList();

    [GeneratedRegex(@"^\| `(?<reason>[A-Z0-9_]+)` \| `(?<code>[A-Z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex ReasonRow();
}
