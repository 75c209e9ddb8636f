using Ladok.Kernel.Modules;

namespace Ladok.Modules.Admissions.Application;

/// <summary><c>admissions import FILE</c>: the national admission system's export, all lines or none.</summary>
[ModuleCommand("admissions", "import", "Imports admissions from the national admission system's CSV export (docs/admissions.md); nothing when a line is wrong.",
    Argument = "file", ArgumentDescription = "The CSV file: personnummer;kurskod;termin;tillfalleskod;status;reservplats")]
public sealed class ImportAdmissionsCommand(AdmissionImport import, ICommandProgress progress) : IModuleCommand
{
    /// <summary>Who the audit trail names for an import: the operator's account, as the import runs outside any sign-in.</summary>
    private static string Operator => $"import:{Environment.UserName}";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var path = arguments[0];
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"There is no file {path}.");
            return 1;
        }

        using var file = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var report = await progress.ShowAsync(steps => import.RunAsync(file, Operator, steps, cancellationToken));
        if (report.Errors.Count > 0)
        {
            foreach (var error in report.Errors) await Console.Error.WriteLineAsync($"{path}:{error.Line}: {error.Message}");
            await Console.Error.WriteLineAsync($"Nothing was imported: {report.Errors.Count} line(s) are wrong.");
            return 1;
        }

        Console.WriteLine($"Imported {report.Imported} admissions from {path}.");
        return 0;
    }
}
