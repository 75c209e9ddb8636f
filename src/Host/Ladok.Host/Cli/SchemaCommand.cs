using Ladok.Kernel.GraphQL;
using Ladok.Kernel.GraphQL.Sdl;

namespace Ladok.Host.Cli;

/// <summary>
/// <c>schema</c> prints the SDL (what <c>schema.graphql</c> holds); <c>schema --check FILE</c>
/// lists what the live schema breaks for clients of the schema in FILE and exits 1 if anything.
/// </summary>
internal static class SchemaCommand
{
    public static async Task<int> RunAsync(WebApplication app, string? earlierFile)
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

        var breaking = SchemaCompatibility.BreakingChanges(await File.ReadAllTextAsync(earlierFile), sdl);
        foreach (var change in breaking)
        {
            await Console.Out.WriteLineAsync("breaking: " + change);
        }

        await Console.Out.WriteLineAsync(breaking.Count == 0
            ? $"No breaking changes against {earlierFile}."
            : $"{breaking.Count} breaking change(s) against {earlierFile}: deprecate first, remove in a later release (see docs/graphql.md).");
        return breaking.Count == 0 ? 0 : 1;
    }
}
