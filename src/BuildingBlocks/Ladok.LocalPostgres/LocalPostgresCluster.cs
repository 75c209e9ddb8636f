using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ladok.LocalPostgres;

/// <summary>
/// A PostgreSQL server on a free loopback port, run from the machine's server binaries: the
/// host's embedded default (persistent, reused across starts) and the tests' throwaway clusters.
/// As root, initdb and postgres run as the <c>postgres</c> user (they refuse root).
/// </summary>
public sealed partial class LocalPostgresCluster : IAsyncDisposable
{
    public const string Superuser = "postgres";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly LocalPostgresOptions options;
    private readonly ILogger logger;
    private readonly ServerCommand? command;
    private readonly EventHandler? stopOnExit;
    private Process? server;

    private LocalPostgresCluster(LocalPostgresOptions options, ILogger logger, ServerCommand? command, Process? server, int port, string password)
    {
        this.options = options;
        this.logger = logger;
        this.command = command;
        this.server = server;
        Port = port;
        Password = password;
        if (options.Throwaway && server is not null)
        {
            // A test run that ends without disposing (a crashed fixture, say) must not leave servers behind.
            stopOnExit = (_, _) =>
            {
                if (this.server is { HasExited: false } running) _ = kill(running.Id, SigInt);
            };
            AppDomain.CurrentDomain.ProcessExit += stopOnExit;
        }
    }

    public int Port { get; }

    public string Password { get; }

    /// <summary>Whether this instance started the server (and so stops it on dispose).</summary>
    public bool Owned => server is not null;

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username={Superuser};Password={Password};Database={database}";

    /// <summary>A throwaway cluster in a fresh temporary folder, deleted on dispose.</summary>
    public static Task<LocalPostgresCluster> StartThrowawayAsync(ILogger? logger = null, CancellationToken cancellationToken = default) =>
        StartAsync(new LocalPostgresOptions
        {
            DataDirectory = Path.Combine(Path.GetTempPath(), "ladok-pg-" + Guid.NewGuid().ToString("N")[..12]),
            Throwaway = true,
        }, logger, cancellationToken);

    /// <summary>Starts the cluster in the options' folder, creating it on first use; reuses a server already running there.</summary>
    public static async Task<LocalPostgresCluster> StartAsync(
        LocalPostgresOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        logger ??= NullLogger.Instance;
        var bin = PostgresBinaries.Find(options.BinDirectory);
        var root = Path.GetFullPath(options.DataDirectory);
        var data = Path.Combine(root, "data");
        var passwordFile = Path.Combine(root, "password");

        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            await InitAsync(bin, root, data, passwordFile, logger, cancellationToken);
        }

        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();
        if (RunningServerPort(data) is { } runningPort)
        {
            logger.LogInformation("Reusing the local PostgreSQL already running in {DataDirectory} on port {Port}", data, runningPort);
            return new LocalPostgresCluster(options, logger, null, null, runningPort, password);
        }

        var port = FreeLoopbackPort();
        var command = new ServerCommand(bin, root, data, ServerArguments(data, port, options.Throwaway));
        var process = command.Start();
        var cluster = new LocalPostgresCluster(options, logger, command, process, port, password);
        try
        {
            await WaitUntilReadyAsync(process, data, root, cancellationToken);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }

        logger.LogInformation("Started local PostgreSQL (pid {Pid}) in {DataDirectory} on port {Port}", process.Id, data, port);
        return cluster;
    }

    private static List<string> ServerArguments(string data, int port, bool throwaway)
    {
        var arguments = new List<string>
        {
            "-D", data, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200",
        };
        if (throwaway)
        {
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }
        return arguments;
    }

    private static async Task InitAsync(string bin, string root, string data, string passwordFile, ILogger logger, CancellationToken cancellationToken)
    {
        logger.LogInformation("Creating a local PostgreSQL cluster in {DataDirectory}", data);
        Directory.CreateDirectory(root);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["-R", $"{Superuser}:{Superuser}", root], cancellationToken);
        }

        var init = Start(Path.Combine(bin, "initdb"),
            ["-D", data, "-U", Superuser, "--pwfile", passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
            Path.Combine(root, "initdb.log"));
        await init.WaitForExitAsync(cancellationToken);
        if (init.ExitCode != 0)
        {
            throw new LocalPostgresException($"initdb failed with exit code {init.ExitCode}; see {Path.Combine(root, "initdb.log")}.");
        }
    }

    /// <summary>The port of a live server in this folder, from its postmaster.pid (line 1 pid, line 4 port).</summary>
    private static int? RunningServerPort(string data)
    {
        var pidFile = Path.Combine(data, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;

        var lines = File.ReadAllLines(pidFile);
        if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port)) return null;
        return kill(pid, 0) == 0 ? port : null;
    }

    /// <summary>Stops the server this instance started, as <c>pg_ctl stop -m fast</c> does: open transactions roll back, connections close.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        var running = RequireOwnedServer();
        if (running.HasExited) return;
        _ = kill(running.Id, SigInt);
        await running.WaitForExitAsync(cancellationToken);
    }

    /// <summary>Starts the server again after <see cref="StopAsync"/> or <see cref="KillAsync"/>, on the same port and folder.</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (!RequireOwnedServer().HasExited) throw new InvalidOperationException("The server is still running; stop or kill it first.");
        server!.Dispose();
        server = command!.Start();
        await WaitUntilReadyAsync(server, command.Data, command.Root, cancellationToken);
        logger.LogInformation("Started local PostgreSQL again (pid {Pid}) on port {Port}", server.Id, Port);
    }

    /// <summary>A fast restart, as <c>pg_ctl restart -m fast</c>: every connection is closed, and the server is back on the same port.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync(cancellationToken);
        await StartAgainAsync(cancellationToken);
    }

    /// <summary>
    /// A crash: <c>kill -9</c> of the postmaster. Its backends notice and exit, losing what was not committed;
    /// this returns once they have all gone (a new server will not start while one still holds the shared memory).
    /// <see cref="StartAgainAsync"/> then runs crash recovery.
    /// </summary>
    public async Task KillAsync(CancellationToken cancellationToken = default)
    {
        var running = RequireOwnedServer();
        if (running.HasExited) return;
        var backends = ChildProcessIds(running.Id);
        _ = kill(running.Id, SigKill);
        await running.WaitForExitAsync(cancellationToken);
        var deadline = Stopwatch.StartNew();
        while (backends.Any(IsRunning))
        {
            if (deadline.Elapsed > StartTimeout) throw new LocalPostgresException("The killed server's backends did not exit.");
            await Task.Delay(25, cancellationToken);
        }
    }

    private Process RequireOwnedServer() =>
        server ?? throw new InvalidOperationException("This instance reuses a server it did not start; only its owner may stop it.");

    /// <summary>The processes whose parent is <paramref name="pid"/>, from /proc.</summary>
    private static List<int> ChildProcessIds(int pid) =>
        Directory.EnumerateDirectories("/proc")
            .Select(folder => int.TryParse(Path.GetFileName(folder), out var candidate) ? candidate : 0)
            .Where(candidate => candidate > 0
                && Stat(candidate) is { Length: > 1 } fields && fields[1] == pid.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

    /// <summary>Alive and not a zombie (one nobody has reaped yet holds no resources).</summary>
    private static bool IsRunning(int pid) => Stat(pid) is { Length: > 0 } fields && fields[0] != "Z";

    /// <summary>Fields 3 on of /proc/&lt;pid&gt;/stat (state, parent, …), after the parenthesised name; null when the process is gone.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(System.Globalization.CultureInfo.InvariantCulture)}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static async Task WaitUntilReadyAsync(Process process, string data, string root, CancellationToken cancellationToken)
    {
        var pidFile = Path.Combine(data, "postmaster.pid");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new LocalPostgresException($"PostgreSQL exited with code {process.ExitCode} while starting; see {Path.Combine(root, "postgres.log")}.");
            }

            // Line 8 of postmaster.pid reads "ready" once the server accepts connections ("standby" on a hot standby).
            // Line 1 must be this server's pid: a killed server leaves its file behind, saying "ready".
            if (File.Exists(pidFile))
            {
                var lines = await ReadSharedAsync(pidFile, cancellationToken);
                if (lines.Length >= 8 && lines[0].Trim() == process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && lines[7].Trim() is "ready" or "standby") return;
            }

            await Task.Delay(25, cancellationToken);
        }

        throw new LocalPostgresException($"PostgreSQL did not become ready within {StartTimeout.TotalSeconds} s; see {Path.Combine(root, "postgres.log")}.");
    }

    private static async Task<string[]> ReadSharedAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return (await reader.ReadToEndAsync(cancellationToken)).Split('\n');
        }
        catch (IOException)
        {
            return [];
        }
    }

    /// <summary>Runs a server binary, as the postgres user when we are root (setpriv execs in place, so the pid is the server's).</summary>
    private static Process Start(string program, IEnumerable<string> arguments, string logFile)
    {
        var info = new ProcessStartInfo
        {
            FileName = "/bin/sh",
            UseShellExecute = false,
            RedirectStandardInput = true,
        };
        var command = new List<string>();
        if (Environment.IsPrivilegedProcess)
        {
            command.AddRange(["setpriv", $"--reuid={Superuser}", $"--regid={Superuser}", "--init-groups", "--"]);
        }
        command.Add(program);
        command.AddRange(arguments);
        // exec keeps the pid; the log goes to a file so a full pipe never blocks the server.
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"exec \"$@\" >> {Quote(logFile)} 2>&1");
        info.ArgumentList.Add("sh");
        foreach (var part in command) info.ArgumentList.Add(part);
        return Process.Start(info) ?? throw new LocalPostgresException($"Could not start {program}.");
    }

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static async Task RunAsync(string program, string[] arguments, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(program) { UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info) ?? throw new LocalPostgresException($"Could not start {program}.");
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new LocalPostgresException($"{program} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (stopOnExit is not null) AppDomain.CurrentDomain.ProcessExit -= stopOnExit;
        if (server is not null)
        {
            if (!server.HasExited)
            {
                _ = kill(server.Id, SigInt); // fast shutdown: roll back open transactions, then exit cleanly
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
                try
                {
                    await server.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    logger.LogWarning("PostgreSQL (pid {Pid}) did not stop in time; killing it", server.Id);
                    server.Kill();
                }
            }
            server.Dispose();
        }

        if (options.Throwaway && Owned)
        {
            try
            {
                Directory.Delete(options.DataDirectory, recursive: true);
            }
            catch (IOException exception)
            {
                logger.LogWarning(exception, "Could not delete throwaway cluster folder {DataDirectory}", options.DataDirectory);
            }
        }
    }

    /// <summary>How the server is started, kept to start it again on the same port.</summary>
    private sealed record ServerCommand(string Bin, string Root, string Data, IReadOnlyList<string> Arguments)
    {
        public Process Start() => LocalPostgresCluster.Start(Path.Combine(Bin, "postgres"), Arguments, Path.Combine(Root, "postgres.log"));
    }

    private const int SigInt = 2;
    private const int SigKill = 9;

    [LibraryImport("libc", SetLastError = true)]
    private static partial int kill(int pid, int signal);
}
