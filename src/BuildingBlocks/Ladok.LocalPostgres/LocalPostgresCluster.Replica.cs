using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Ladok.LocalPostgres;

public sealed partial class LocalPostgresCluster
{
    /// <summary>
    /// A hot standby streaming from this cluster, in a fresh temporary folder on its own port, deleted on
    /// dispose: a base backup by <c>pg_basebackup -R</c> (which writes <c>standby.signal</c> and
    /// <c>primary_conninfo</c>), then a server started on it. It answers reads and refuses writes, and lags
    /// the primary by as long as streaming takes (milliseconds here; see operations.md for a real one).
    /// </summary>
    public async Task<LocalPostgresCluster> StartStreamingReplicaAsync(CancellationToken cancellationToken = default)
    {
        var primary = command ?? throw new InvalidOperationException("Only a cluster this instance started can be copied to a replica.");
        var options = new LocalPostgresOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), "ladok-pg-replica-" + Guid.NewGuid().ToString("N")[..12]),
            Throwaway = true,
        };
        var root = Path.GetFullPath(options.DataDirectory);
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(root);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["-R", $"{Superuser}:{Superuser}", root], cancellationToken);
        }

        var source = $"host=127.0.0.1 port={Port.ToString(CultureInfo.InvariantCulture)} user={Superuser} password={Password}";
        // Next to the server binaries when it is there (a PostgreSQL installation), otherwise from PATH.
        var basebackup = Path.Combine(primary.Bin, "pg_basebackup");
        var backup = Start(File.Exists(basebackup) ? basebackup : "pg_basebackup", ["-D", data, "-R", "-X", "stream", "-c", "fast", "-d", source],
            Path.Combine(root, "basebackup.log"));
        await backup.WaitForExitAsync(cancellationToken);
        if (backup.ExitCode != 0)
        {
            throw new LocalPostgresException($"pg_basebackup failed with exit code {backup.ExitCode}; see {Path.Combine(root, "basebackup.log")}.");
        }

        var port = FreeLoopbackPort();
        var replicaCommand = new ServerCommand(primary.Bin, root, data, ServerArguments(data, port, throwaway: true));
        var process = replicaCommand.Start();
        var replica = new LocalPostgresCluster(options, logger, replicaCommand, process, port, Password);
        try
        {
            await WaitUntilReadyAsync(process, data, root, cancellationToken);
        }
        catch
        {
            await replica.DisposeAsync();
            throw;
        }

        logger.LogInformation("Started a streaming replica of port {Primary} (pid {Pid}) on port {Port}", Port, process.Id, port);
        return replica;
    }
}
