using Ladok.Kernel.Modules;

namespace Ladok.Modules.Reporting.Application;

/// <summary><c>reporting rebuild</c>: recreates the read model from the source modules.</summary>
[ModuleCommand("reporting", "rebuild", "Recreates the HST/HPR read model from the Records module.")]
public sealed class RebuildCommand(ReadModelRebuild rebuild, ICommandProgress progress) : IModuleCommand
{
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (registrations, results) = await progress.ShowAsync(steps => rebuild.RunAsync(steps, cancellationToken));
        Console.WriteLine($"Rebuilt the reporting read model from {registrations} registrations and {results} attested results.");
        return 0;
    }
}
