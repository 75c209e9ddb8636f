using Ladok.Kernel.Modules;

namespace Ladok.Modules.Reporting.Application;

/// <summary><c>reporting rebuild</c>: recreates the read model from the source modules.</summary>
public sealed class RebuildCommand(ReadModelRebuild rebuild) : IModuleCommand
{
    public string ModuleName => "reporting";

    public string Name => "rebuild";

    public string Description => "recreates the HST/HPR read model from the Records module";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (registrations, results) = await rebuild.RunAsync(cancellationToken);
        Console.WriteLine($"Rebuilt the reporting read model from {registrations} registrations and {results} attested results.");
        return 0;
    }
}
