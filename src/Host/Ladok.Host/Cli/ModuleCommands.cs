using System.Reflection;
using Ladok.Host.Composition;
using Ladok.Host.Database;
using Ladok.Kernel.Modules;

namespace Ladok.Host.Cli;

/// <summary>An <see cref="IModuleCommand"/> class and its <see cref="ModuleCommandAttribute"/>.</summary>
internal sealed record DeclaredModuleCommand(Type Type, ModuleCommandAttribute Declaration);

/// <summary>Runs <c>&lt;module&gt; &lt;name&gt; [argument]</c>: a command a module registered as <see cref="IModuleCommand"/>.</summary>
internal static class ModuleCommands
{
    /// <summary>
    /// Every command in the host's and its modules' assemblies, read from the classes' <see cref="ModuleCommandAttribute"/>
    /// rather than resolved from the container: the command line and its help need them before there is a container (which
    /// needs the configuration checked, the plugins loaded, and for the commands a database).
    /// </summary>
    public static IReadOnlyList<DeclaredModuleCommand> Declared { get; } = HostModules.All.Select(m => m.GetType().Assembly)
        .Append(typeof(ModuleCommands).Assembly)
        .Distinct()
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IModuleCommand)))
        .Select(type => new DeclaredModuleCommand(type, type.GetCustomAttribute<ModuleCommandAttribute>()
            ?? throw new InvalidOperationException($"{type.FullName} is an IModuleCommand without [ModuleCommand(…)]: the command line cannot name it.")))
        .OrderBy(c => c.Declaration.ModuleName, StringComparer.Ordinal).ThenBy(c => c.Declaration.Name, StringComparer.Ordinal)
        .ToList();

    public static async Task<int> RunAsync(WebApplication app, DeclaredModuleCommand command, IReadOnlyList<string> arguments)
    {
        // First: commands take module databases, whose data source exists only once the database has started.
        await DatabaseStartup.MigrateAsync(app.Services, CancellationToken.None);
        return await Instance(app.Services, command).RunAsync(arguments, CancellationToken.None);
    }

    /// <summary>The registered instance of the command declared as <c>&lt;module&gt; &lt;name&gt;</c>.</summary>
    public static IModuleCommand Resolve(IServiceProvider services, string moduleName, string name) =>
        Instance(services, Declared.Single(c => c.Declaration.ModuleName == moduleName && c.Declaration.Name == name));

    private static IModuleCommand Instance(IServiceProvider services, DeclaredModuleCommand declared) =>
        services.GetServices<IModuleCommand>().SingleOrDefault(c => c.GetType() == declared.Type)
            ?? throw new InvalidOperationException(
                $"{declared.Type.FullName} declares `{declared.Declaration.ModuleName} {declared.Declaration.Name}` but no module registers it as " +
                "an IModuleCommand.");
}
