using System.Text.Json;
using HoukatsuCare.AppHost.Hosting;

namespace HoukatsuCare.AppHost.Processes;

/// <summary>
/// An AppHost that was killed outright (SIGKILL, power loss of the terminal) could not stop its children. The next
/// run finds them in the state file the killed one left and stops them before starting anything, so ports and
/// data folders are free again. A still-running AppHost on the same data folder is refused instead.
/// </summary>
public static class LeftoverCleanup
{
    public static async Task RunAsync(string stateFile, Action<string> report)
    {
        if (!File.Exists(stateFile))
        {
            return;
        }
        PreviousRun? previous;
        try
        {
            previous = JsonSerializer.Deserialize<PreviousRun>(await File.ReadAllTextAsync(stateFile), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException)
        {
            return;
        }
        if (previous is null || previous.Phase == "stopped")
        {
            return;
        }
        if (previous.AppHostPid != Environment.ProcessId && ProcessInfo.StartTime(previous.AppHostPid) is not null
            && ProcessInfo.CommandLine(previous.AppHostPid).Contains("HoukatsuCare.AppHost", StringComparison.Ordinal))
        {
            throw new AppHostException(
                $"別の AppHost (pid {previous.AppHostPid}) が同じデータフォルダーで動いています: それを止めるか AppHost__DataDir を変えてください。");
        }
        var leftovers = (previous.Processes ?? []).Where(p => ProcessInfo.StartTime(p.Pid) == p.StartTime).ToList();
        foreach (var process in leftovers)
        {
            report($"stopping pid {process.Pid} left by an AppHost that did not stop ({ProcessInfo.CommandLine(process.Pid)})");
            Signals.SendToGroup(process.Pid, Signals.SIGTERM);
        }
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (leftovers.Any(p => Signals.SendToGroup(p.Pid, 0)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }
        foreach (var process in leftovers)
        {
            Signals.SendToGroup(process.Pid, Signals.SIGKILL);
        }
    }

    private sealed record PreviousRun(int AppHostPid, string? Phase, List<RecordedProcess>? Processes);
}

/// <summary>A process the AppHost started, as the state file records it.</summary>
public sealed record RecordedProcess(int Pid, long StartTime);
