namespace Ladok.LocalPostgres;

/// <summary>Where the local cluster lives and which server binaries run it.</summary>
public sealed record LocalPostgresOptions
{
    /// <summary>Holds <c>data/</c> (the cluster), <c>password</c> and <c>postgres.log</c>.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>A folder with <c>initdb</c> and <c>postgres</c>; found on PATH or under /usr/lib/postgresql when empty.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>Throwaway clusters trade durability for speed (no fsync) and are deleted on dispose.</summary>
    public bool Throwaway { get; init; }

    /// <summary>The folder used when none is configured: reachable by the <c>postgres</c> user when the process is root.</summary>
    public static string DefaultDataDirectory() =>
        Environment.IsPrivilegedProcess
            ? "/var/lib/ladok/postgres"
            : Path.Combine(
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "ladok", "postgres");
}
