using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Ladok.Testing;

namespace Ladok.Host.Tests;

/// <summary>
/// The built host (<c>Ladok.Host.dll</c>) run as its own process in Development on a given database, as an
/// operator runs it: for tests that kill it with SIGKILL, which an in-process test host cannot survive.
/// </summary>
internal sealed class ServingHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Queue<string> lastLines = new();

    private ServingHostProcess(Process process, Uri address)
    {
        this.process = process;
        Http = new HttpClient { BaseAddress = address };
    }

    public HttpClient Http { get; }

    /// <summary>Starts the host and waits, with a generous deadline, until <c>/health/ready</c> answers 200.</summary>
    public static async Task<ServingHostProcess> StartAsync(string connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}");
        var dll = BuiltHost();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { dll, "--urls", address.ToString() }) info.ArgumentList.Add(argument);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ConnectionStrings__Ladok"] = connectionString;
        info.Environment["Plugins__Directory"] = RepositoryPaths.Plugins;
        info.Environment["University__Code"] = "UMU";

        var host = new ServingHostProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."), address);
        host.process.OutputDataReceived += (_, line) => host.Keep(line.Data);
        host.process.ErrorDataReceived += (_, line) => host.Keep(line.Data);
        host.process.BeginOutputReadLine();
        host.process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilReadyAsync();
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    /// <summary>Runs the built host with these arguments to its end, as an operator runs a verb; no environment but the one given is added.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var dll = BuiltHost();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments.Prepend(dll)) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) info.Environment[name] = value;

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public async Task<string> TokenAsync(string user)
    {
        using var response = await Http.PostAsJsonAsync("/dev/token", new { user });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    /// <summary><c>kill -9</c>: no shutdown, no disposal, open connections cut.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    private async Task WaitUntilReadyAsync()
    {
        await Eventually.Async(async () =>
        {
            if (process.HasExited) Assert.Fail($"The host exited with code {process.ExitCode}:\n{Output}");
            try
            {
                using var response = await Http.GetAsync("/health/ready");
                return response.StatusCode == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;   // not listening yet
            }
        }, ready => ready, _ => $"the host to become ready:\n{Output}", TimeSpan.FromMinutes(3));
    }

    private string Output
    {
        get
        {
            lock (lastLines) return string.Join('\n', lastLines);
        }
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (lastLines)
        {
            lastLines.Enqueue(line);
            if (lastLines.Count > 200) lastLines.Dequeue();
        }
    }

    /// <summary>The host built in the configuration these tests were built in.</summary>
    private static string BuiltHost()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var dll = Path.Combine(RepositoryPaths.Root, "src", "Host", "Ladok.Host", "bin", configuration, "net10.0", "Ladok.Host.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"Build the host first: {dll} is missing.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
