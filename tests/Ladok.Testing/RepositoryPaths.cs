using System.Reflection;

namespace Ladok.Testing;

/// <summary>Folders of this checkout that tests load built artefacts from, as a deployment would.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where the build puts each plugin folder (see plugins/Directory.Build.props).</summary>
    public static string Plugins => Path.Combine(Root, "artifacts", "plugins");

    /// <summary>Where the build puts the fixture plugins that break on purpose.</summary>
    public static string TestPlugins => Path.Combine(Root, "artifacts", "test-plugins");

    /// <summary>The built folder of one of this checkout's plugins (<c>Umu</c>, <c>Kth</c>): what an operator drops next to the host.</summary>
    public static string Plugin(string folder) => Path.Combine(Plugins, folder);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ladok.sln"))) return folder.FullName;
        }
        // A plugin kept outside this repository (the dotnet new template's) runs its tests from its own
        // folder; the host's files are then in the checkout this kit was built from.
        var builtIn = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "LadokRepositoryRoot")?.Value;
        if (builtIn is not null && File.Exists(Path.Combine(builtIn, "Ladok.sln"))) return Path.GetFullPath(builtIn);
        throw new InvalidOperationException($"No Ladok.sln above {AppContext.BaseDirectory}, nor where the test kit was built; run the tests from a checkout.");
    }
}
