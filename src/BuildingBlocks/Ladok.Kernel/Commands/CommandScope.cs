namespace Ladok.Kernel.Commands;

/// <summary>One command's lifetime scope: who runs it, and the units of work its handler used.</summary>
internal sealed class CommandScope
{
    private readonly List<IUnitOfWork> units = [];

    public Caller? Caller { get; set; }

    public IReadOnlyList<IUnitOfWork> Units => units;

    public void Enlist(IUnitOfWork unit) => units.Add(unit);
}
