using System.Diagnostics;

namespace HoukatsuCare.AppHost.Infrastructure;

/// <summary>As root, servers run as their own system users (<c>postgres</c>, <c>rabbitmq</c>) on data they own.</summary>
public static class SystemUser
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>The command, wrapped in <c>runuser -u {user} --</c> when we are root.</summary>
    public static IReadOnlyList<string> As(string user, params string[] command) =>
        IsRoot ? ["runuser", "-u", user, "--", .. command] : command;

    /// <summary>Makes <paramref name="user"/> own the paths (only as root; otherwise we own them already).</summary>
    public static async Task ChownAsync(string user, params string[] paths)
    {
        if (IsRoot)
        {
            await RunAsync(["chown", "-R", $"{user}:{user}", .. paths], null, CancellationToken.None);
        }
    }

    /// <summary>
    /// Where <paramref name="user"/> can keep its server's data: <paramref name="preferred"/> (under the repository)
    /// when that user can reach it, else — a repository under /root, say — a folder of its own under /var/lib.
    /// </summary>
    public static async Task<string> ServerDataDirAsync(string user, string preferred, Action<string> report)
    {
        Directory.CreateDirectory(preferred);
        if (!IsRoot || await CanReachAsync(user, preferred))
        {
            return preferred;
        }
        var hash = Convert.ToHexString(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(preferred)))[..8];
        var fallback = Path.Combine("/var/lib/houkatsucare", hash.ToLowerInvariant(), user);
        Directory.CreateDirectory(fallback);
        report($"{user} cannot reach {preferred} (a parent folder is private); its data is kept in {fallback}");
        return fallback;
    }

    private static async Task<bool> CanReachAsync(string user, string path)
    {
        try
        {
            await RunAsync(As(user, "test", "-x", path), null, CancellationToken.None);
            return true;
        }
        catch (Hosting.AppHostException)
        {
            return false;
        }
    }

    /// <summary>Runs a short command to completion; its output when it succeeds, else an error naming it.</summary>
    public static async Task<string> RunAsync(IReadOnlyList<string> command, IReadOnlyDictionary<string, string>? environment,
        CancellationToken cancellationToken, bool throwOnError = true)
    {
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1))
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{command[0]} を起動できません。");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0 && throwOnError)
        {
            var detail = (await error).Trim().Split('\n').LastOrDefault(l => l.Trim().Length > 0) ?? $"exit {process.ExitCode}";
            throw new Hosting.AppHostException($"{Path.GetFileName(command[IsRoot && command[0] == "runuser" ? 4 : 0])} が失敗しました: {detail}", 1);
        }
        return await output;
    }
}
