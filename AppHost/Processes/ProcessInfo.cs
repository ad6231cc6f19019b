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
