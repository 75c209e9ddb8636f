using System.Xml.Linq;
using Ladok.Testing;

namespace Ladok.Architecture.Tests;

/// <summary>
/// What a Contracts project and the contracts kernel may reference, read from their project files: a reference whose
/// types are not used yet leaves no trace in the compiled assembly, so ArchUnitNET cannot see it.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static string Src => Path.Combine(RepositoryPaths.Root, "src");

    public static TheoryData<string> ContractsProjects => new(
        Directory.EnumerateFiles(Path.Combine(Src, "Modules"), "*.Contracts.csproj", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ContractsProjects))]
    public void A_Contracts_project_references_only_the_contracts_kernel(string project)
    {
        Assert.Empty(ContractsProjectOffences(Path.Combine(RepositoryPaths.Root, project)));
    }

    [Fact]
    public void The_Contracts_project_rule_names_each_reference_that_breaks_it()
    {
        var rogue = Path.Combine(
            RepositoryPaths.Root, "tests", "Fixtures", "Ladok.Architecture.Fixtures", "Projects", "Ladok.Modules.Rogue.Contracts.csproj.xml");

        Assert.Equal(
            ["package GraphQL", "project Ladok.Kernel.csproj", "project Ladok.Modules.Catalogue.csproj", "project Ladok.Modules.Catalogue.Contracts.csproj"],
            ContractsProjectOffences(rogue));
    }

    [Fact]
    public void The_contracts_kernel_references_no_package_and_no_project()
    {
        var project = XDocument.Load(Path.Combine(Src, "BuildingBlocks", "Ladok.Kernel.Contracts", "Ladok.Kernel.Contracts.csproj"));

        Assert.Empty(References(project, "PackageReference").Concat(References(project, "ProjectReference")));
    }

    [Fact]
    public void Every_Contracts_project_is_checked()
    {
        Assert.Equal(6, ContractsProjects.Count);
    }

    /// <summary>Every package, and every project other than Ladok.Kernel.Contracts (house rule 1: not even another module's Contracts).</summary>
    private static List<string> ContractsProjectOffences(string path)
    {
        var project = XDocument.Load(path);
        var projects = References(project, "ProjectReference")
            .Select(reference => Path.GetFileName(reference.Replace('\\', '/')))
            .Where(name => name != "Ladok.Kernel.Contracts.csproj")
            .Select(name => $"project {name}");
        return [.. References(project, "PackageReference").Select(name => $"package {name}"), .. projects];
    }

    private static IEnumerable<string> References(XDocument project, string kind) =>
        project.Descendants(kind).Select(reference => (string?)reference.Attribute("Include") ?? "");
}
