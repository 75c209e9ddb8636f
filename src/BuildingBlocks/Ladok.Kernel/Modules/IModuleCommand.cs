namespace Ladok.Kernel.Modules;

/// <summary>
/// A command a module offers operators through the host, run as <c>Ladok.Host &lt;module&gt; &lt;name&gt;
/// [argument]</c>, such as <c>reporting rebuild</c>, and declared by <see cref="ModuleCommandAttribute"/> on
/// the class. The host migrates the database first; the command's output is its stdout, logs go to stderr,
/// and its return value is the exit code.
/// </summary>
public interface IModuleCommand
{
    /// <summary>Runs with the declared argument's value, if the command declares one (the host has checked there is exactly one).</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}

/// <summary>
/// Declares an <see cref="IModuleCommand"/>'s words and help on the class itself, so that the host's
/// command line (and its <c>--help</c>) knows every command before any container or database exists.
/// </summary>
/// <param name="moduleName">The first word, the module's name in lower case: <c>reporting</c>.</param>
/// <param name="name">The second word: <c>rebuild</c>.</param>
/// <param name="description">One sentence for the help.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ModuleCommandAttribute(string moduleName, string name, string description) : Attribute
{
    public string ModuleName { get; } = moduleName;

    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>The name of the one argument the command takes, if any (<c>message</c>), as help shows it.</summary>
    public string? Argument { get; init; }

    /// <summary>What the argument is, for the help.</summary>
    public string? ArgumentDescription { get; init; }
}
