using System.Security.Cryptography;
using System.Text;
using HoukatsuCare.AppHost.Hosting;
using HoukatsuCare.AppHost.Processes;
using HoukatsuCare.AppHost.Resources;
using Microsoft.Extensions.Configuration;

namespace HoukatsuCare.AppHost.Infrastructure;

/// <summary>
/// RabbitMQ from the machine's <c>rabbitmq-server</c>, node data in <c>{data}/rabbitmq</c>, on free loopback ports and
/// with an epmd of its own (stopped with it, so nothing is left behind); or the broker of <c>ConnectionStrings:{name}</c>.
/// </summary>
public sealed class RabbitMqRunner(RabbitMQServerResource broker, AppHostOptions options, IConfiguration configuration) : IResourceRunner
{
    private const string Sbin = "/usr/lib/rabbitmq/bin";
    private SupervisedProcess? process;
    private Dictionary<string, string>? environment;

    public IResource Resource => broker;

    public IReadOnlyList<IResource> WaitsFor => [];

    private string baseDir = options.DataDir;

    private string Dir => Path.Combine(baseDir, "rabbitmq");

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetConnectionString(broker.Name) is { Length: > 0 } external)
        {
            if (!Uri.TryCreate(external, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            {
                throw new AppHostException(
                    $"{broker.Name}: ConnectionStrings__{broker.Name} は amqp://user:password@host:port/ の形で指定してください。");
            }
            broker.ConnectionString = external;
            broker.Status.SetUrls($"amqp://{uri.Host}:{uri.Port} (外部)");
            if (!await Ports.AcceptsAsync(uri.Host, uri.Port, cancellationToken))
            {
                broker.Status.Set(ResourceState.Failed, HealthState.Unhealthy);
                broker.Status.Abandon();
                throw new AppHostException(
                    $"{broker.Name}: RabbitMQ {uri.Host}:{uri.Port} に接続できません: ConnectionStrings__{broker.Name} を確認してください。");
            }
            broker.Status.Set(ResourceState.Running, HealthState.Healthy);
            return;
        }

        if (!File.Exists(Path.Combine(Sbin, "rabbitmq-server")))
        {
            throw new AppHostException(
                "RabbitMQ がインストールされていません: ./run.sh で起動するか (apt-get install rabbitmq-server)、ConnectionStrings__messaging で外部ブローカーを指定してください。");
        }
        baseDir = await SystemUser.ServerDataDirAsync("rabbitmq", options.DataDir, Console.WriteLine);
        Directory.CreateDirectory(Path.Combine(Dir, "mnesia"));
        Directory.CreateDirectory(Path.Combine(Dir, "log"));
        await File.WriteAllTextAsync(Path.Combine(Dir, "enabled_plugins"), "[].", cancellationToken);
        await SystemUser.ChownAsync("rabbitmq", Dir);

        StopLeftoverEpmd();
        var port = Ports.Free();
        environment = Environment(port);
        broker.ConnectionString = $"amqp://guest:guest@127.0.0.1:{port}/";
        broker.Status.SetUrls($"amqp://127.0.0.1:{port}");
        process = new SupervisedProcess(
            broker,
            () => ChildProcess.Start(broker.Name, LogFile, Dir,
                SystemUser.As("rabbitmq", [.. environment.Select(e => $"{e.Key}={e.Value}").Prepend("env"), Path.Combine(Sbin, "rabbitmq-server")]),
                new Dictionary<string, string?>()),
            ct => Ports.AcceptsAsync("127.0.0.1", port, ct),
            StopBrokerAsync,
            TimeSpan.FromSeconds(90),
            LogFile);
        await process.RunAsync(cancellationToken);
    }

    private string LogFile => Path.Combine(options.LogDir, $"{broker.Name}.log");

    public Task StopAsync()
    {
        if (process is null)
        {
            // an external server is not ours to stop
            broker.Status.Set(ResourceState.Stopped, HealthState.Unknown);
            return Task.CompletedTask;
        }
        return process.StopAsync();
    }

    /// <summary>
    /// The epmd a node of ours started is a daemon outside our process group; one left by a killed AppHost is
    /// recognised by the node's data folder in its environment, and stopped.
    /// </summary>
    private void StopLeftoverEpmd()
    {
        var marker = $"RABBITMQ_MNESIA_BASE={Path.Combine(Dir, "mnesia")}";
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || !ProcessInfo.CommandLine(pid).Split(' ')[0].EndsWith("epmd", StringComparison.Ordinal))
            {
                continue;
            }
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "environ")).Split('\0').Contains(marker))
                {
                    System.Diagnostics.Process.GetProcessById(pid).Kill();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // gone meanwhile, or not ours to read
            }
        }
    }

    /// <summary>The variables of scripts/infra.sh: a node of our own, ports below 65536, our data and log folders.</summary>
    private Dictionary<string, string> Environment(int port)
    {
        var node = "houkatsu-apphost-" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(Dir)))[..8].ToLowerInvariant();
        return new Dictionary<string, string>
        {
            ["HOME"] = SystemUser.IsRoot ? "/var/lib/rabbitmq" : System.Environment.GetEnvironmentVariable("HOME") ?? Dir,
            ["RABBITMQ_NODENAME"] = $"{node}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = Ports.Free().ToString(),
            ["ERL_EPMD_PORT"] = Ports.Free().ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(Dir, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(Dir, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(Dir, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(Dir, "rabbitmq"),
        };
    }

    /// <summary><c>rabbitmqctl stop</c>, then the process group if it lingers, then the epmd the node started.</summary>
    private async Task StopBrokerAsync(ChildProcess child)
    {
        var env = environment!;
        await SystemUser.RunAsync(
            SystemUser.As("rabbitmq", [.. env.Select(e => $"{e.Key}={e.Value}").Prepend("env"), Path.Combine(Sbin, "rabbitmqctl"),
                "-n", env["RABBITMQ_NODENAME"], "stop"]),
            null, CancellationToken.None, throwOnError: false);
        if (!await child.WaitForGroupAsync(TimeSpan.FromSeconds(15)))
        {
            await child.StopAsync(TimeSpan.FromSeconds(5));
        }
        await SystemUser.RunAsync(SystemUser.As("rabbitmq", "epmd", "-port", env["ERL_EPMD_PORT"], "-kill"),
            null, CancellationToken.None, throwOnError: false);
    }
}
