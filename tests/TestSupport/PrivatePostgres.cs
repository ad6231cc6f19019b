using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HoukatsuCare.TestSupport;

/// <summary>
/// A PostgreSQL server of one test's own, from the machine's binaries, that the test may stop and start (the shared
/// test server must never be restarted: other test classes use it). Runs as the <c>postgres</c> user when the tests
/// run as root (PostgreSQL refuses root), on a free loopback port, with its data in a temporary folder.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly string data;
    private readonly int port;

    private PrivatePostgres(string bin, string folder, int port)
    {
        this.bin = bin;
        data = Path.Combine(folder, "data");
        Folder = folder;
        this.port = port;
    }

    public string Folder { get; }

    /// <summary>A server-level connection string (trust authentication on loopback; the server is private and short-lived).</summary>
    public string ConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = "postgres",
        Database = database,
        Timeout = 3,
    }.ConnectionString;

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl"))).Order().LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql (scripts/infra.sh installs them)");
        }
        // under /var/tmp so the postgres user can reach it even when the tests run from a private home
        var folder = Path.Combine("/var/tmp", $"houkatsu-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var server = new PrivatePostgres(bin, folder, FreePort());
        if (IsRoot)
        {
            await RunAsync("chown", ["postgres:postgres", folder]);
        }
        await server.AsPostgresAsync("initdb", ["-D", server.data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
        await server.StartServerAsync();
        return server;
    }

    public Task StartServerAsync() => AsPostgresAsync("pg_ctl", ["-D", data, "-l", Path.Combine(Folder, "server.log"), "-w", "-t", "30", "-o",
        $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={data} -c fsync=off", "start"]);

    /// <summary>Stops the server the way an operator's restart does (fast shutdown: sessions are cut, open transactions roll back).</summary>
    public Task StopServerAsync() => AsPostgresAsync("pg_ctl", ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"]);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsPostgresAsync("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        Directory.Delete(Folder, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task AsPostgresAsync(string tool, string[] arguments) => IsRoot
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. arguments])
        : RunAsync(Path.Combine(bin, tool), arguments);

    private static async Task RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
