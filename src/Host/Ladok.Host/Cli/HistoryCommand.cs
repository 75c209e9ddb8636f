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
    public static bool Requested(IConfiguration configuration) => configuration["students"] is not null;

    public static async Task<int> RunAsync(WebApplication app, CancellationToken cancellationToken)
    {
        if (!TryRead(app.Configuration, out var options, out var problem))
        {
            await Console.Error.WriteLineAsync(problem);
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        await DatabaseStartup.MigrateAsync(app.Services, cancellationToken);
        var generator = new HistoryGenerator(app.Services.GetRequiredService<LadokDatabase>().DataSource, Console.Error);
        if (!await generator.IsDatabaseEmptyAsync(cancellationToken))
        {
            await Console.Error.WriteLineAsync("The database is not empty: a history is generated only into a new database (no courses, students or registrations).");
            return 1;
        }

        await DatabaseStartup.SeedDemoDataAsync(app.Services, cancellationToken);
        var counts = await generator.GenerateAsync(options, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated {counts} in {stopwatch.Elapsed.TotalSeconds:F0} s."));
        // The read model is filled by Reporting's own `reporting rebuild`, not by reaching into the module.
        var rebuild = app.Services.GetServices<IModuleCommand>().Single(c => c is { ModuleName: "reporting", Name: "rebuild" });
        var status = await rebuild.RunAsync([], cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stopwatch.Elapsed.TotalSeconds:F0} s in all."));
        return status;
    }

    private static bool TryRead(IConfiguration configuration, out HistoryOptions options, out string problem)
    {
        options = null!;
        problem = "";
        int Read(string key, int fallback) =>
            configuration[key] is { } text ? int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : -1 : fallback;
        var (students, years, seed) = (Read("students", 0), Read("years", 40), Read("seed", 1));
        if (students <= 0 || years <= 0 || years > 100 || seed <= 0)
        {
            problem = "Usage: seed --students N --years Y --seed S (positive whole numbers; Y at most 100). N is the size of the university: "
                + "students enrolled in a year; about N ÷ 1.6 enter each year. --students 30000 --years 40 gives about 10 million results.";
            return false;
        }

        options = new HistoryOptions(students, years, seed);
        return true;
    }
}
