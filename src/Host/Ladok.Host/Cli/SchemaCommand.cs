using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Sdl;

namespace Ladok.Host.Cli;

/// <summary>
/// <c>schema</c> prints the SDL (what <c>schema.graphql</c> holds); <c>schema --check FILE</c>
/// lists what the live schema breaks for clients of the schema in FILE and exits 1 if anything does, except the breaks
/// that <c>--accepted CHANGELOG</c> (docs/graphql.md) lists as accepted.
/// </summary>
internal static class SchemaCommand
{
    public static async Task<int> RunAsync(WebApplication app, string? earlierFile, string? changelogFile = null)
    {
        var sdl = SchemaSdl.Print(app.Services.GetRequiredService<LadokSchema>());
        if (earlierFile is null)
        {
            await Console.Out.WriteAsync(sdl);
            return 0;
        }

        if (!File.Exists(earlierFile))
        {
            await Console.Error.WriteLineAsync(
                $"No schema to compare with at {Path.GetFullPath(earlierFile)} (give an absolute path: `dotnet run` starts in the project folder).");
            return 2;
        }

        if (changelogFile is not null && !File.Exists(changelogFile))
        {
            await Console.Error.WriteLineAsync($"No changelog at {Path.GetFullPath(changelogFile)} (give an absolute path).");
            return 2;
        }

        var accepted = changelogFile is null ? new HashSet<string>() : SchemaCompatibility.AcceptedIn(await File.ReadAllTextAsync(changelogFile));
        var all = SchemaCompatibility.BreakingChanges(await File.ReadAllTextAsync(earlierFile), sdl);
        foreach (var change in all.Where(accepted.Contains))
        {
            await Console.Out.WriteLineAsync("accepted: " + change);
        }

        var breaking = all.Where(change => !accepted.Contains(change)).ToList();
        foreach (var change in breaking)
        {
            await Console.Out.WriteLineAsync("breaking: " + change);
        }

        await Console.Out.WriteLineAsync(breaking.Count == 0
            ? $"No breaking changes against {earlierFile}."
            : $"{breaking.Count} breaking change(s) against {earlierFile}: deprecate first, remove in a later release, or list the change as "
                + "accepted in docs/graphql.md (see there).");
        return breaking.Count == 0 ? 0 : 1;
    }
}
