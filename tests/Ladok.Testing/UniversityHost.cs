namespace Ladok.Testing;

/// <summary>
/// The host serving one university with only the given built plugin folders, copied into a
/// plugins directory of its own as an operator drops them next to a deployed host. A plugin's
/// tests subclass it, for example
/// <c>public sealed class KthHost() : UniversityHost("KTH", RepositoryPaths.Plugin("Kth"));</c>,
/// and use it as an xunit class fixture.
/// </summary>
public class UniversityHost(string universityCode, params string[] pluginFolders) : LadokHost
{
    private string? pluginsDirectory;

    /// <summary>The plugins directory the host loads from: one subfolder per plugin folder given.</summary>
    public string PluginsDirectory => pluginsDirectory ?? throw new InvalidOperationException("The host has not started.");

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Plugins:Directory"] = PluginsDirectory,
        ["University:Code"] = universityCode,
    };

    public override async Task InitializeAsync()
    {
        pluginsDirectory = Directory.CreateTempSubdirectory("ladok-plugins-").FullName;
        foreach (var folder in pluginFolders) CopyPlugin(folder, pluginsDirectory);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (pluginsDirectory is not null) Directory.Delete(pluginsDirectory, recursive: true);
    }

    private static void CopyPlugin(string builtFolder, string pluginsDirectory)
    {
        if (!File.Exists(Path.Combine(builtFolder, "plugin.json")))
        {
            throw new InvalidOperationException($"{builtFolder} is not a built plugin folder (no plugin.json); build the plugin first.");
        }
        var target = Directory.CreateDirectory(Path.Combine(pluginsDirectory, Path.GetFileName(Path.TrimEndingDirectorySeparator(builtFolder))));
        foreach (var file in Directory.GetFiles(builtFolder)) File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
    }
}
