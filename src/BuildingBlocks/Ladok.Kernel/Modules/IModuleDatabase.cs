namespace Ladok.Kernel.Modules;

/// <summary>A module's own PostgreSQL schema and migrations, as the host sees them at start-up.</summary>
public interface IModuleDatabase
{
    /// <summary>The PostgreSQL schema the module owns, for example <c>catalogue</c>.</summary>
    string Schema { get; }

    Task MigrateAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken);
}
