using System.Diagnostics;

namespace HoukatsuCare.AppHost.Processes;

/// <summary>
/// A child in a session and process group of its own (via <c>setsid</c>), so a terminal's Ctrl-C reaches only
/// the AppHost, and stopping signals the child together with everything it spawned. Its console output goes
/// to <c>{logs}/{name}.log</c>; the last line it wrote to stderr is kept for one-line error reports.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Lock logGate = new();
    private bool disposed;

    private ChildProcess(Process process, StreamWriter log)
    {
        this.process = process;
        this.log = log;
    }

    public int Pid => process.Id;

    /// <summary>For a crash, the exception's message (the stack trace follows it).</summary>
    public string? FirstErrorLine { get; private set; }

    /// <summary>For a configuration error (exit 78), the one line the service wrote.</summary>
    public string? LastErrorLine { get; private set; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ChildProcess Start(string name, string logFile, string workingDirectory, IReadOnlyList<string> command,
        IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in command)
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(logFile)!);
        var log = new StreamWriter(logFile, append: true) { AutoFlush = true };
        log.WriteLine($"==== {DateTimeOffset.Now:O} start {name}: {string.Join(' ', command)}");
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(process, log);
        process.OutputDataReceived += (_, e) => child.Write(e.Data, error: false);
        process.ErrorDataReceived += (_, e) => child.Write(e.Data, error: true);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken = default) => process.WaitForExitAsync(cancellationToken);

    /// <summary>SIGTERM to the group, then SIGKILL if anything in it is still there after <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (process.HasExited && !Signals.SendToGroup(Pid, 0))
        {
            return;
        }
        Signals.SendToGroup(Pid, Signals.SIGTERM);
        await WaitForGroupAsync(grace);
        Signals.SendToGroup(Pid, Signals.SIGKILL);
        await WaitForGroupAsync(TimeSpan.FromSeconds(5));
    }

    /// <summary>Waits until no process of the child's group is left (the leader exited and its children too).</summary>
    public async Task<bool> WaitForGroupAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited && !Signals.SendToGroup(Pid, 0))
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    private void Write(string? line, bool error)
    {
        if (line is null)
        {
            return;
        }
        if (error && line.Trim().Length > 0)
        {
            FirstErrorLine ??= line.Trim();
            LastErrorLine = line.Trim();
        }
        lock (logGate)
        {
            if (disposed)
            {
                return;
            }
            log.WriteLine(error ? "[stderr] " + line : line);
        }
    }

    public void Dispose()
    {
        process.Dispose();
        lock (logGate)
        {
            disposed = true;
            log.Dispose();
        }
    }
}
