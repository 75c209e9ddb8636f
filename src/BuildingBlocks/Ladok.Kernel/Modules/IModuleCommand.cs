namespace Ladok.Kernel.Modules;

/// <summary>
/// A command a module offers operators through the host, run as <c>Ladok.Host &lt;module&gt; &lt;name&gt;
/// [arguments]</c>, such as <c>reporting rebuild</c>. The host migrates the database first; the
/// command's output is its stdout, logs go to stderr, and its return value is the exit code.
/// </summary>
public interface IModuleCommand
{
    /// <summary>The first word, the module's name in lower case: <c>reporting</c>.</summary>
    string ModuleName { get; }

    /// <summary>The second word: <c>rebuild</c>.</summary>
    string Name { get; }

    /// <summary>One sentence for the list of commands.</summary>
    string Description { get; }

    Task<int> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}
