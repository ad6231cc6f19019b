using HoukatsuCare.AppHost.Hosting;
using HoukatsuCare.AppHost.Resources;

namespace HoukatsuCare.AppHost.Processes;

/// <summary>
/// Keeps one resource's process running: starts it, waits until it is healthy, watches its health, and restarts
/// it with exponential backoff when it dies. A process that cannot start the first time (exit 78 = a configuration
/// problem, or repeated crashes) ends the run with the one line it wrote to stderr.
/// </summary>
public sealed class SupervisedProcess(
    IResource resource,
    Func<ChildProcess> start,
    Func<CancellationToken, Task<bool>> isHealthy,
    Func<ChildProcess, Task> stop,
    TimeSpan startTimeout,
    string logFile)
{
    private const int ConfigurationErrorExitCode = 78;
    private const int MaxAttemptsBeforeFirstHealthy = 3;
    private static readonly TimeSpan HealthInterval = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private ChildProcess? current;
    private bool stopping;

    public int? Pid => current?.Pid;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var status = resource.Status;
        var everHealthy = false;
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            ChildProcess child;
            lock (gate)
            {
                if (stopping)
                {
                    return;
                }
                child = current = start();
            }
            status.Set(everHealthy ? ResourceState.Restarting : ResourceState.Starting, HealthState.Unknown, child.Pid);

            var healthy = await WaitUntilHealthyAsync(child, cancellationToken);
            if (healthy)
            {
                everHealthy = true;
                failures = 0;
                status.Set(ResourceState.Running, HealthState.Healthy);
                await WatchAsync(child, cancellationToken);
            }
            if (cancellationToken.IsCancellationRequested || IsStopping)
            {
                return;
            }

            if (child.HasExited)
            {
                // lets the last stderr lines drain before they are reported
                await child.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            var exit = child.HasExited ? child.ExitCode : (int?)null;
            var line = (exit == ConfigurationErrorExitCode ? child.LastErrorLine : child.FirstErrorLine)
                ?? (exit is null ? "起動がタイムアウトしました" : $"終了コード {exit}");
            failures++;
            if (!everHealthy && (exit == ConfigurationErrorExitCode || failures >= MaxAttemptsBeforeFirstHealthy))
            {
                await stop(child);
                status.Set(ResourceState.Failed, HealthState.Unhealthy, error: line, clearPid: true);
                status.Abandon();
                throw new AppHostException($"{resource.Name}: {line} (ログ: {logFile})", exit == ConfigurationErrorExitCode ? ConfigurationErrorExitCode : 1);
            }

            await stop(child);
            lock (gate)
            {
                current = null;
            }
            child.Dispose();
            var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - 1), MaxBackoff.TotalSeconds));
            status.Set(ResourceState.Restarting, HealthState.Unhealthy, error: line, clearPid: true);
            status.CountRestart();
            await Task.Delay(backoff, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private bool IsStopping
    {
        get
        {
            lock (gate)
            {
                return stopping;
            }
        }
    }

    private async Task<bool> WaitUntilHealthyAsync(ChildProcess child, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + startTimeout;
        while (!cancellationToken.IsCancellationRequested && !child.HasExited && DateTime.UtcNow < deadline)
        {
            if (await isHealthy(cancellationToken))
            {
                return true;
            }
            await Task.Delay(250, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
        return false;
    }

    /// <summary>Until the process exits: its health every few seconds, for the dashboard.</summary>
    private async Task WatchAsync(ChildProcess child, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && !child.HasExited)
        {
            var exited = child.WaitForExitAsync(cancellationToken);
            await Task.WhenAny(exited, Task.Delay(HealthInterval, cancellationToken)).ContinueWith(_ => { }, TaskScheduler.Default);
            if (child.HasExited || cancellationToken.IsCancellationRequested)
            {
                return;
            }
            var healthy = await isHealthy(cancellationToken);
            if ((resource.Status.Health == HealthState.Healthy) != healthy)
            {
                resource.Status.Set(health: healthy ? HealthState.Healthy : HealthState.Unhealthy);
            }
        }
    }

    /// <summary>Stops the process for good: no restart follows.</summary>
    public async Task StopAsync()
    {
        ChildProcess? child;
        lock (gate)
        {
            stopping = true;
            child = current;
        }
        if (child is not null)
        {
            resource.Status.Set(ResourceState.Stopping);
            // helpers that left the child's process group (Erlang's port programs, PostgreSQL's backends) go too
            var tree = child.HasExited ? [] : ProcessInfo.Tree(child.Pid);
            await stop(child);
            await ProcessInfo.EnsureGoneAsync(tree, TimeSpan.FromSeconds(5));
            child.Dispose();
        }
        resource.Status.Set(ResourceState.Stopped, HealthState.Unknown, clearPid: true);
    }
}
