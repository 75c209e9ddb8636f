using System.Diagnostics;
using System.Globalization;
using Ladok.Host.Database;
using Ladok.Kernel.Modules;
using Ladok.Tools.History;

namespace Ladok.Host.Cli;

/// <summary>
/// <c>seed --students N --years Y --seed S</c>: the demo university, then a generated history of a
/// university of N students (enrolled in a year) over Y academic years below it (ADR 0009), then the
/// Reporting read model. Only into an empty database.
/// </summary>
internal static class HistoryCommand
{
    public static async Task<int> RunAsync(WebApplication app, HistoryOptions options)
    {
        var cancellationToken = CancellationToken.None;
        var stopwatch = Stopwatch.StartNew();
        await DatabaseStartup.MigrateAsync(app.Services, cancellationToken);
        var generator = new HistoryGenerator(app.Services.GetRequiredService<LadokDatabase>().DataSource);
        if (!await generator.IsDatabaseEmptyAsync(cancellationToken))
        {
            await Console.Error.WriteLineAsync(
                "The database is not empty: a history is generated only into a new database (no courses, students or registrations).");
            return 1;
        }

        await DatabaseStartup.SeedDemoDataAsync(app.Services, cancellationToken);
        var counts = await app.Services.GetRequiredService<ICommandProgress>().ShowAsync(steps => generator.GenerateAsync(options, steps, cancellationToken));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {counts} in {stopwatch.Elapsed.TotalSeconds:F0} s."));
        // The read model is filled by Reporting's own `reporting rebuild`, not by reaching into the module.
        var rebuild = ModuleCommands.Resolve(app.Services, "reporting", "rebuild");
        var status = await rebuild.RunAsync([], cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stopwatch.Elapsed.TotalSeconds:F0} s in all."));
        return status;
    }
}
