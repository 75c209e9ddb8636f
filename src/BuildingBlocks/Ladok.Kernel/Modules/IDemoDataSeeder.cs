namespace Ladok.Kernel.Modules;

/// <summary>
/// Fills a module's tables with the university plugin's demo data when they are empty.
/// Seeders run in <see cref="Order"/> (a module after those whose facades it reads).
/// </summary>
public interface IDemoDataSeeder
{
    int Order { get; }

    /// <summary>Seeds only if the module holds no data yet; returns whether it seeded.</summary>
    Task<bool> SeedAsync(CancellationToken cancellationToken);
}
