namespace HoukatsuCare.AppHost.Processes;

/// <summary>What /proc says about a process; its start time tells it apart from a later one reusing its pid.</summary>
public static class ProcessInfo
{
    /// <summary>Start time in clock ticks since boot, or null when no such (live) process exists.</summary>
    public static long? StartTime(int pid)
    {
        try
        {
            // "pid (comm) state ppid …": comm may hold spaces, so read after the last ')'; starttime is field 22
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields[0] == "Z" ? null : long.Parse(fields[19]);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Every live process below <paramref name="root"/> (and it), whatever group or session it moved to.</summary>
    public static IReadOnlyList<(int Pid, long StartTime)> Tree(int root)
    {
        var parents = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Parent(pid) is { } parent)
            {
                (parents.TryGetValue(parent, out var children) ? children : parents[parent] = []).Add(pid);
            }
        }
        var found = new List<(int, long)>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var pid))
        {
            if (StartTime(pid) is { } started)
            {
                found.Add((pid, started));
            }
            foreach (var child in parents.GetValueOrDefault(pid, []))
            {
                frontier.Enqueue(child);
            }
        }
        return found;
    }

    /// <summary>Waits until none of <paramref name="processes"/> is alive; kills what is left after the timeout.</summary>
    public static async Task EnsureGoneAsync(IReadOnlyList<(int Pid, long StartTime)> processes, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (processes.Any(IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        foreach (var (pid, _) in processes.Where(IsAlive))
        {
            Signals.Send(pid, Signals.SIGKILL);
        }
    }

    private static bool IsAlive((int Pid, long StartTime) process) => StartTime(process.Pid) == process.StartTime;

    private static int? Parent(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (IOException)
        {
            return "";
        }
    }
}
