using Ladok.Testing;

namespace Ladok.Architecture.Tests;

/// <summary>
/// CI runs <c>dotnet test Ladok.sln</c>, which builds and tests only the projects the solution
/// lists: a project missing from it is silently never built or run.
/// </summary>
public sealed class SolutionTests
{
    [Fact]
    public void Every_project_of_the_repository_is_in_the_solution()
    {
        var solution = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Ladok.sln")).Replace('\\', '/');
        var projects = new[] { "src", "plugins", "tests", "bench" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*.csproj", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj"))
            .ToList();

        var missing = projects.Where(p => !solution.Contains($"\"{p}\"", StringComparison.Ordinal)).ToList();

        Assert.Contains(projects, p => p.EndsWith("Ladok.Host.Tests.csproj", StringComparison.Ordinal));
        Assert.Empty(missing);
    }
}
