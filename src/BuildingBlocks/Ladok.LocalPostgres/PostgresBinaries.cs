namespace Ladok.LocalPostgres;

/// <summary>Finds the PostgreSQL server binaries: a configured folder, PATH, then /usr/lib/postgresql/*/bin (newest first).</summary>
internal static class PostgresBinaries
{
    public static string Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServer(configured)
                ? configured
                : throw new LocalPostgresException($"LocalPostgres:BinDirectory is '{configured}', but it holds no initdb and postgres.");
        }

        var candidates = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(MajorVersion).Select(d => Path.Combine(d, "bin"))
                : []);

        return candidates.FirstOrDefault(HasServer)
            ?? throw new LocalPostgresException(
                "No PostgreSQL server binaries (initdb, postgres) were found on PATH or in /usr/lib/postgresql/*/bin. " +
                "Install them (Debian/Ubuntu: apt-get install postgresql), set LocalPostgres:BinDirectory to their folder, " +
                "or set ConnectionStrings:Ladok to an existing PostgreSQL server.");
    }

    private static bool HasServer(string folder) =>
        File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "postgres"));

    private static int MajorVersion(string folder) => int.TryParse(Path.GetFileName(folder), out var major) ? major : 0;
}
