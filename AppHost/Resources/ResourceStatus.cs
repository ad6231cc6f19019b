namespace HoukatsuCare.AppHost.Resources;

public enum ResourceState
{
    Waiting,
    Starting,
    Running,
    Restarting,
    Failed,
    Stopping,
    Stopped,
}

public enum HealthState
{
    Unknown,
    Healthy,
    Unhealthy,
}

/// <summary>A resource's live state as the dashboard and the state file show it. Thread-safe.</summary>
public sealed class ResourceStatus
{
    private readonly Lock gate = new();
    private readonly TaskCompletionSource healthy = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ResourceState State { get; private set; } = ResourceState.Waiting;

    public HealthState Health { get; private set; } = HealthState.Unknown;

    public IReadOnlyList<string> Urls { get; private set; } = [];

    public int Restarts { get; private set; }

    public int? Pid { get; private set; }

    public string? Error { get; private set; }

    /// <summary>Completes the first time the resource is healthy: what <c>WaitFor</c> waits on.</summary>
    public Task FirstHealthy => healthy.Task;

    public event Action? Changed;

    public void Set(ResourceState? state = null, HealthState? health = null, int? pid = null, string? error = null, bool clearPid = false)
    {
        lock (gate)
        {
            State = state ?? State;
            Health = health ?? Health;
            Pid = clearPid ? null : pid ?? Pid;
            Error = error ?? (state is ResourceState.Running ? null : Error);
        }
        if (health == HealthState.Healthy)
        {
            healthy.TrySetResult();
        }
        Changed?.Invoke();
    }

    public void SetUrls(params string[] urls)
    {
        Urls = urls;
        Changed?.Invoke();
    }

    public void CountRestart()
    {
        lock (gate)
        {
            Restarts++;
        }
        Changed?.Invoke();
    }

    /// <summary>Ends every wait on this resource: it will never become healthy in this run.</summary>
    public void Abandon() => healthy.TrySetCanceled();
}
