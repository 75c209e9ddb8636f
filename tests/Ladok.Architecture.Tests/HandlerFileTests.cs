using System.Text.RegularExpressions;
using Ladok.Testing;

namespace Ladok.Architecture.Tests;

/// <summary>
/// A use case's handler has a file of its own, named after it (docs/architecture.md, "A module's
/// inside"): a reader finds <c>CreateOfferingHandler</c> in <c>Application/CreateOfferingHandler.cs</c>.
/// Files are what this rule is about, so it reads the source rather than the assemblies.
/// Integration event handlers, which react to one module's events together, are not use cases.
/// </summary>
public sealed partial class HandlerFileTests
{
    [Fact]
    public void Every_handler_has_a_file_of_its_own_named_after_it()
    {
        Assert.Empty(HandlersOutOfTheirFiles(Path.Combine(RepositoryPaths.Root, "src", "Modules")));
    }

    [Fact]
    public void The_rule_fails_on_a_file_with_two_handlers()
    {
        var breaking = HandlersOutOfTheirFiles(Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", "Ladok.Architecture.Fixtures"));

        Assert.Contains(breaking, found => found.Contains("TwinTwoHandler", StringComparison.Ordinal));
    }

    private static List<string> HandlersOutOfTheirFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file =>
            {
                var handlers = PublicHandler().Matches(File.ReadAllText(file))
                    .Where(m => !m.Groups["bases"].Value.Contains("IIntegrationEventHandler", StringComparison.Ordinal))
                    .Select(m => m.Groups["name"].Value)
                    .ToList();
                var named = Path.GetFileNameWithoutExtension(file);
                return handlers is [] || handlers is [var only] && only == named
                    ? []
                    : handlers.Select(handler => $"{handler} in {Path.GetRelativePath(RepositoryPaths.Root, file)}");
            })
            .ToList();

    [GeneratedRegex(@"public\s+(?:sealed\s+|static\s+|abstract\s+|partial\s+)*class\s+(?<name>\w+Handler)\b(?<bases>[^{]*)\{")]
    private static partial Regex PublicHandler();
}
