using System.Runtime.InteropServices;

namespace HoukatsuCare.AppHost.Processes;

/// <summary>POSIX signals to whole process groups, which .NET's Process API cannot send.</summary>
internal static partial class Signals
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;

    /// <summary>Signals every process of the group led by <paramref name="leader"/>; false when none is left.</summary>
    public static bool SendToGroup(int leader, int signal) => Kill(-leader, signal) == 0;

    public static bool Send(int pid, int signal) => Kill(pid, signal) == 0;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
