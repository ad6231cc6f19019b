using System.Diagnostics;
using System.Text;
using HoukatsuCare.AppHost.Resources;

namespace HoukatsuCare.AppHost.Dashboard;

/// <summary>Progress lines while starting, then the table of every resource; later changes as lines again.</summary>
public sealed class ConsoleDashboard
{
    private readonly IReadOnlyList<IResource> resources;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Dictionary<string, (ResourceState, HealthState)> shown = [];
    private readonly Lock gate = new();

    public ConsoleDashboard(IReadOnlyList<IResource> resources)
    {
        this.resources = resources;
        foreach (var resource in resources)
        {
            resource.Status.Changed += () => Report(resource);
        }
    }

    public TimeSpan Elapsed => clock.Elapsed;

    public void Line(string message)
    {
        lock (gate)
        {
            Console.WriteLine($"[{clock.Elapsed.TotalSeconds,6:0.0}s] {message}");
        }
    }

    private void Report(IResource resource)
    {
        var status = resource.Status;
        if (status.State == ResourceState.Waiting)
        {
            return;
        }
        lock (gate)
        {
            var now = (status.State, status.Health);
            if (shown.TryGetValue(resource.Name, out var before) && before == now)
            {
                return;
            }
            shown[resource.Name] = now;
        }
        var detail = status.Error is { } error && status.State is ResourceState.Failed or ResourceState.Restarting ? $"  {error}" : "";
        var pid = status.Pid is { } p ? $"  pid {p}" : "";
        Line($"{resource.Name,-22} {status.State,-10} {status.Health,-9}{pid}{detail}");
    }

    public void PrintTable()
    {
        var rows = resources.Select(r => new[]
        {
            r.Name, Kind(r), r.Status.State.ToString(), r.Status.Health.ToString(),
            r.Status.Restarts.ToString(), r.Status.Pid?.ToString() ?? "-", string.Join("  ", r.Status.Urls),
        }).ToList();
        string[] header = ["NAME", "TYPE", "STATE", "HEALTH", "RESTARTS", "PID", "URLS"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var table = new StringBuilder().AppendLine();
        foreach (var row in rows.Prepend(header))
        {
            table.AppendLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
        lock (gate)
        {
            Console.Write(table.ToString());
            Console.WriteLine();
        }
    }

    public static string Kind(IResource resource) => resource switch
    {
        PostgresServerResource => "postgres",
        PostgresDatabaseResource => "database",
        RabbitMQServerResource => "rabbitmq",
        ProjectResource => "project",
        _ => resource.GetType().Name,
    };
}
