using Ladok.Host.Database;
using Ladok.Kernel.Modules;

namespace Ladok.Host.Cli;

/// <summary>Runs <c>&lt;module&gt; &lt;name&gt; [arguments]</c>: a command a module registered as <see cref="IModuleCommand"/>.</summary>
internal static class ModuleCommands
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        // First: commands take module databases, whose data source exists only once the database has started.
        await DatabaseStartup.MigrateAsync(app.Services, CancellationToken.None);
        var commands = app.Services.GetServices<IModuleCommand>().ToList();
        var command = args.Length >= 2 ? commands.FirstOrDefault(c => c.ModuleName == args[0] && c.Name == args[1]) : null;
        if (command is null)
        {
            await Console.Error.WriteLineAsync(
                $"Unknown command '{string.Join(' ', args.Take(2))}'. Commands: migrate, seed, schema [--check FILE]"
                + string.Concat(commands.Select(c => $", {c.ModuleName} {c.Name} ({c.Description})")) + ".");
            return 2;
        }

        return await command.RunAsync(args[2..], CancellationToken.None);
    }
}
