using HoukatsuCare.AppHost.Hosting;
using HoukatsuCare.AppHost.Processes;
using HoukatsuCare.AppHost.Resources;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace HoukatsuCare.AppHost.Infrastructure;

/// <summary>
/// PostgreSQL from the machine's binaries (<c>/usr/lib/postgresql/*/bin</c>), its cluster and generated password
/// kept in <c>{data}/postgres</c> across runs; or the external server of <c>ConnectionStrings:{name}</c>.
/// </summary>
public sealed class PostgresRunner(PostgresServerResource server, AppHostOptions options, IConfiguration configuration) : IResourceRunner
{
    private SupervisedProcess? process;
    private string? bin;

    public IResource Resource => server;

    public IReadOnlyList<IResource> WaitsFor => [];

    private string baseDir = options.DataDir;

    private string DataDir => Path.Combine(baseDir, "postgres");

    private string PasswordFile => Path.Combine(baseDir, "postgres.password");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetConnectionString(server.Name) is { Length: > 0 } external)
        {
            server.ConnectionString = external;
            NpgsqlConnectionStringBuilder builder;
            try
            {
                builder = new NpgsqlConnectionStringBuilder(external);
            }
            catch (ArgumentException e)
            {
                throw new AppHostException($"{server.Name}: ConnectionStrings__{server.Name} が読めません ({e.Message})。例: Host=...;Port=5432;Username=...;Password=...");
            }
            server.Status.SetUrls($"postgres://{builder.Host}:{builder.Port} (外部)");
            if (!await CanConnectAsync(external, cancellationToken))
            {
                server.Status.Set(ResourceState.Failed, HealthState.Unhealthy);
                server.Status.Abandon();
                throw new AppHostException(
                    $"{server.Name}: PostgreSQL {builder.Host}:{builder.Port} に接続できません: ConnectionStrings__{server.Name} を確認してください。");
            }
            server.Status.Set(ResourceState.Running, HealthState.Healthy);
            return;
        }

        bin = FindBinaries();
        baseDir = await SystemUser.ServerDataDirAsync("postgres", options.DataDir, Console.WriteLine);
        await InitialiseAsync(cancellationToken);
        await StopLeftoverAsync();
        var port = Ports.Free(ReadPort());
        await File.WriteAllTextAsync(Path.Combine(baseDir, "postgres.port"), port.ToString(), cancellationToken);
        var password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();
        server.ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Password={password}";
        server.Status.SetUrls($"postgres://127.0.0.1:{port}");

        process = new SupervisedProcess(
            server,
            () => ChildProcess.Start(server.Name, LogFile, DataDir,
                SystemUser.As("postgres", Path.Combine(bin, "postgres"), "-D", DataDir, "-p", port.ToString(),
                    "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"),
                new Dictionary<string, string?>()),
            ct => CanConnectAsync(server.ConnectionString, ct),
            StopServerAsync,
            TimeSpan.FromSeconds(60),
            LogFile);
        await process.RunAsync(cancellationToken);
    }

    private string LogFile => Path.Combine(options.LogDir, $"{server.Name}.log");

    public Task StopAsync()
    {
        if (process is null)
        {
            // an external server is not ours to stop
            server.Status.Set(ResourceState.Stopped, HealthState.Unknown);
            return Task.CompletedTask;
        }
        return process.StopAsync();
    }

    private static string FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "postgres")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault() ?? throw Missing()
            : throw Missing();

    private static AppHostException Missing() => new(
        "PostgreSQL がインストールされていません: ./run.sh で起動するか (apt-get install postgresql)、ConnectionStrings__postgres で外部サーバーを指定してください。");

    /// <summary>A new cluster with a generated password the first time; the same one on every later run.</summary>
    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(DataDir, "PG_VERSION")))
        {
            return;
        }
        Directory.CreateDirectory(DataDir);
        File.SetUnixFileMode(DataDir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await File.WriteAllTextAsync(PasswordFile, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)), cancellationToken);
        File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await SystemUser.ChownAsync("postgres", DataDir, PasswordFile);
        await SystemUser.RunAsync(
            SystemUser.As("postgres", Path.Combine(bin!, "initdb"), "-D", DataDir, "-U", "postgres", "--auth=scram-sha-256",
                $"--pwfile={PasswordFile}", "--encoding=UTF8", "--locale=C.UTF-8"),
            null, cancellationToken);
    }

    /// <summary>A server a killed AppHost left running on our cluster is stopped before ours starts.</summary>
    private async Task StopLeftoverAsync()
    {
        if (File.Exists(Path.Combine(DataDir, "postmaster.pid")))
        {
            await SystemUser.RunAsync(SystemUser.As("postgres", Path.Combine(bin!, "pg_ctl"), "-D", DataDir, "-m", "fast", "-w", "stop"),
                null, CancellationToken.None, throwOnError: false);
        }
    }

    private async Task StopServerAsync(ChildProcess child)
    {
        await SystemUser.RunAsync(SystemUser.As("postgres", Path.Combine(bin!, "pg_ctl"), "-D", DataDir, "-m", "fast", "-w", "-t", "20", "stop"),
            null, CancellationToken.None, throwOnError: false);
        if (!await child.WaitForGroupAsync(TimeSpan.FromSeconds(5)))
        {
            await child.StopAsync(TimeSpan.FromSeconds(5));
        }
    }

    private int ReadPort()
    {
        var file = Path.Combine(baseDir, "postgres.port");
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var port) ? port : 0;
    }

    public static async Task<bool> CanConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            return false;
        }
    }
}
