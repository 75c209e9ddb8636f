namespace Ladok.Testing;

/// <summary>Folders of this checkout that tests load built artefacts from, as a deployment would.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Where the build puts each plugin folder (see plugins/Directory.Build.props).</summary>
    public static string Plugins => Path.Combine(Root, "artifacts", "plugins");

    /// <summary>Where the build puts the fixture plugins that break on purpose.</summary>
    public static string TestPlugins => Path.Combine(Root, "artifacts", "test-plugins");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ladok.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Ladok.sln above {AppContext.BaseDirectory}; run the tests from a checkout.");
    }
}
