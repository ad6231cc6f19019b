using System.Text.Json;
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
    private readonly HashSet<int> pids = [];

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
                if (resource.Status.Pid is { } pid)
                {
                    pids.Add(pid);
                }
            }
            var state = new
            {
                appHostPid = Environment.ProcessId,
                phase = Phase,
                allHealthy = resources.All(r => r.Status.Health == HealthState.Healthy),
                secondsToHealthy = SecondsToHealthy,
                // every process started in this run, restarted ones included: all must be gone after a stop
                everyPid = pids.Order().ToArray(),
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
