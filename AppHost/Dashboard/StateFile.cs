using System.Text.Json;
using HoukatsuCare.AppHost.Processes;
using HoukatsuCare.AppHost.Resources;

namespace HoukatsuCare.AppHost.Dashboard;

/// <summary>
/// The dashboard in machine-readable form (default <c>AppHost/.data/state.json</c>), rewritten atomically on
/// every change: tests and scripts wait on <c>allHealthy</c> and check that every listed pid is gone after a stop.
/// </summary>
public sealed class StateFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly string path;
    private readonly IReadOnlyList<IResource> resources;
    private readonly Lock gate = new();
    private readonly Dictionary<int, long> processes = [];

    public StateFile(string path, IReadOnlyList<IResource> resources)
    {
        this.path = path;
        this.resources = resources;
        foreach (var resource in resources)
        {
            resource.Status.Changed += Write;
        }
    }

    public string Phase { get; set; } = "starting";

    public double? SecondsToHealthy { get; set; }

    public void Write()
    {
        lock (gate)
        {
            foreach (var resource in resources)
            {
                if (resource.Status.Pid is { } pid && !processes.ContainsKey(pid) && ProcessInfo.StartTime(pid) is { } started)
                {
                    processes[pid] = started;
                }
            }
            var state = new
            {
                appHostPid = Environment.ProcessId,
                phase = Phase,
                allHealthy = resources.All(r => r.Status.Health == HealthState.Healthy),
                secondsToHealthy = SecondsToHealthy,
                // every process started in this run, restarted ones included: all must be gone after a stop
                everyPid = processes.Keys.Order().ToArray(),
                processes = processes.OrderBy(p => p.Key).Select(p => new RecordedProcess(p.Key, p.Value)),
                resources = resources.Select(r => new
                {
                    name = r.Name,
                    type = ConsoleDashboard.Kind(r),
                    state = r.Status.State.ToString(),
                    health = r.Status.Health.ToString(),
                    urls = r.Status.Urls,
                    restarts = r.Status.Restarts,
                    pid = r.Status.Pid,
                    error = r.Status.Error,
                }),
            };
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(state, Json));
            File.Move(temporary, path, overwrite: true);
        }
    }
}
