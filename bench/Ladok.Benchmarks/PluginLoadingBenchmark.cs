using BenchmarkDotNet.Attributes;
using Ladok.Host.Plugins;
using Ladok.Testing;

namespace Ladok.Benchmarks;

/// <summary>
/// What loading plugins costs the host's start-up: <see cref="PluginCatalog.Load"/> on a plugins
/// folder with no plugin, with Umeå's, and with Umeå's and KTH's (manifest, SDK check, a load
/// context per plugin, the assembly, <c>Configure</c>). Each invocation loads the assemblies
/// again into new load contexts, as a starting host does; the host's own code is warm.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[WarmupCount(3)]
[IterationCount(30)]
[InvocationCount(1, 1)]
[MedianColumn]
public class PluginLoadingBenchmark
{
    private static readonly string[] PluginFolders = ["Umu", "Kth"];

    private string folder = null!;

    [Params(0, 1, 2)]
    public int Plugins { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        folder = Directory.CreateTempSubdirectory("ladok-plugin-loading-").FullName;
        foreach (var plugin in PluginFolders.Take(Plugins))
        {
            var target = Directory.CreateDirectory(Path.Combine(folder, plugin)).FullName;
            foreach (var file in Directory.GetFiles(RepositoryPaths.Plugin(plugin))) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    [GlobalCleanup]
    public void CleanUp() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public int Load() => PluginCatalog.Load(folder).Plugins.Count;
}
