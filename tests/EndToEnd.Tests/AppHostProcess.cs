using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace HoukatsuCare.EndToEnd.Tests;

/// <summary>
/// The built AppHost run as a child process, the way an operator runs it, against the given servers
/// (<c>ConnectionStrings__postgres</c>, <c>ConnectionStrings__messaging</c>), with databases of its own
/// (a prefix), its own data folder and free gateway ports. Reads the state file it writes.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly List<string> errorLines = [];
    private readonly string? databaseServer;

    private AppHostProcess(Process process, string dataDir, string? databaseServer, string databasePrefix, int httpPort, int grpcPort)
    {
        this.process = process;
        this.databaseServer = databaseServer;
        DataDir = dataDir;
        DatabasePrefix = databasePrefix;
        HttpPort = httpPort;
        GrpcPort = grpcPort;
    }

    public string DataDir { get; }

    public string DatabasePrefix { get; }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public int Pid => process.Id;

    public string StateFile => Path.Combine(DataDir, "state.json");

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <param name="reachablePostgres">False when the test gives a server that cannot be reached on purpose.</param>
    public static AppHostProcess Start(string postgres, string messaging, bool reachablePostgres = true,
        IReadOnlyDictionary<string, string>? extraEnvironment = null)
    {
        var root = RepoRoot();
        var configuration = typeof(AppHostProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(root, "AppHost", "bin", configuration, "net10.0", "HoukatsuCare.AppHost.dll");
        var dataDir = Directory.CreateTempSubdirectory("houkatsu-e2e-").FullName;
        var prefix = $"e2e{Guid.NewGuid():N}"[..11] + "_";
        var (httpPort, grpcPort) = (FreePort(), FreePort());

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        foreach (var arg in new[] { dll, "--no-build", "--state-file", Path.Combine(dataDir, "state.json") })
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ConnectionStrings__postgres"] = postgres;
        info.Environment["ConnectionStrings__messaging"] = messaging;
        info.Environment["AppHost__RepoRoot"] = root;
        info.Environment["AppHost__DataDir"] = dataDir;
        info.Environment["AppHost__DatabasePrefix"] = prefix;
        info.Environment["AppHost__BuildConfiguration"] = configuration;
        info.Environment["Gateway__HttpPort"] = httpPort.ToString();
        info.Environment["Gateway__GrpcPort"] = grpcPort.ToString();
        foreach (var (key, value) in extraEnvironment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var host = new AppHostProcess(process, dataDir, reachablePostgres ? postgres : null, prefix, httpPort, grpcPort);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data, error: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>The state file once it says every resource is healthy; fails with the AppHost's output otherwise.</summary>
    public Task<JsonDocument> WaitUntilHealthyAsync(TimeSpan timeout) =>
        WaitForStateAsync(state => state.RootElement.GetProperty("allHealthy").GetBoolean(), timeout);

    /// <summary>The state file once <paramref name="condition"/> holds; fails with the AppHost's output otherwise.</summary>
    public async Task<JsonDocument> WaitForStateAsync(Func<JsonDocument, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                Assert.Fail($"the AppHost exited ({process.ExitCode}) early:\n{Output}");
            }
            if (File.Exists(StateFile))
            {
                var state = JsonDocument.Parse(await File.ReadAllTextAsync(StateFile));
                if (condition(state))
                {
                    return state;
                }
                state.Dispose();
            }
            await Task.Delay(250);
        }
        Assert.Fail($"the state file did not reach the expected state in {timeout.TotalSeconds}s:\n{Output}");
        throw new UnreachableException();
    }

    /// <summary>Every live process below the AppHost, from /proc (children, and what they spawned in turn).</summary>
    public IReadOnlyList<ProcessId> Descendants()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ParentOf(pid) is { } parent)
            {
                parents[pid] = parent;
            }
        }
        var found = new List<ProcessId>();
        var frontier = new Queue<int>([process.Id]);
        while (frontier.TryDequeue(out var current))
        {
            foreach (var child in parents.Where(p => p.Value == current).Select(p => p.Key))
            {
                if (ProcessId.Of(child) is { } id)
                {
                    found.Add(id);
                }
                frontier.Enqueue(child);
            }
        }
        return found;
    }

    /// <summary>A process, told apart from a later one reusing its pid by its start time.</summary>
    public readonly record struct ProcessId(int Pid, long StartTime)
    {
        public static ProcessId? Of(int pid) => Stat(pid) is { } fields ? new ProcessId(pid, long.Parse(fields[19])) : null;

        public bool IsAlive => Of(Pid) == this;
    }

    /// <summary>SIGTERM, as a service manager would send it; the AppHost's exit code once it is gone.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    /// <summary>What the AppHost wrote to stderr, line by line.</summary>
    public IReadOnlyList<string> ErrorLines
    {
        get
        {
            lock (output)
            {
                return [.. errorLines];
            }
        }
    }

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode;
    }

    private void Append(string? line, bool error = false)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
                if (error)
                {
                    errorLines.Add(line);
                }
            }
        }
    }

    private static int? ParentOf(int pid) => Stat(pid) is { } fields ? int.Parse(fields[1]) : null;

    /// <summary>/proc/{pid}/stat after "pid (comm) ": state, ppid, …, starttime (index 19); null for none or a zombie.</summary>
    private static string[]? Stat(int pid)
    {
        try
        {
            // comm may hold spaces, so read after the last ')'
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields[0] == "Z" ? null : fields;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HoukatsuCare.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("HoukatsuCare.sln not found above " + AppContext.BaseDirectory);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        await DropDatabasesAsync();
        Directory.Delete(DataDir, recursive: true);
    }

    /// <summary>The databases this run created (and only those) are dropped.</summary>
    private async Task DropDatabasesAsync()
    {
        if (databaseServer is null)
        {
            return;
        }
        await using var connection = new NpgsqlConnection(databaseServer);
        await connection.OpenAsync();
        await using var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", connection)
        {
            Parameters = { new() { Value = DatabasePrefix } },
        };
        var names = new List<string>();
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
