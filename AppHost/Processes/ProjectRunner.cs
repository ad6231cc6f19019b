using System.Xml.Linq;
using HoukatsuCare.AppHost.Hosting;
using HoukatsuCare.AppHost.Infrastructure;
using HoukatsuCare.AppHost.Resources;

namespace HoukatsuCare.AppHost.Processes;

/// <summary>
/// Runs a built project (<c>dotnet {dll}</c>) with exactly the configuration Aspire would inject, and keeps it up.
/// </summary>
public sealed class ProjectRunner(ProjectResource project, AppHostOptions options) : IResourceRunner
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };
    private SupervisedProcess? process;

    public IResource Resource => project;

    public IReadOnlyList<IResource> WaitsFor => project.WaitsFor;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var dll = AssemblyPath(options, project);
        if (!File.Exists(dll))
        {
            throw new AppHostException($"{project.Name}: {dll} がありません: --no-build を外して実行するか、先に dotnet build してください。");
        }
        var environment = Environment();
        process = new SupervisedProcess(
            project,
            () => ChildProcess.Start(project.Name, LogFile,
                Path.GetDirectoryName(dll)!, ["dotnet", dll], environment),
            IsHealthyAsync,
            child => child.StopAsync(TimeSpan.FromSeconds(10)),
            TimeSpan.FromSeconds(90),
            LogFile);
        await process.RunAsync(cancellationToken);
    }

    private string LogFile => Path.Combine(options.LogDir, $"{project.Name}.log");

    public Task StopAsync() => process?.StopAsync() ?? Task.CompletedTask;

    /// <summary>Ports are fixed for the whole run, so a restarted process keeps the address others were given.</summary>
    public static void AssignPorts(ProjectResource project)
    {
        project.HttpPort = project.Http.Port > 0 ? project.Http.Port : Ports.Free();
        project.GrpcPort = project.Grpc.Port > 0 ? project.Grpc.Port : Ports.Free();
        project.Status.SetUrls(project.HttpUrl, project.GrpcUrl + " (gRPC, HTTP/2)");
    }

    /// <summary>The keys Aspire injects, and the Kestrel endpoints that make the grpc one HTTP/2-only.</summary>
    public Dictionary<string, string?> Environment()
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_ENVIRONMENT"] = options.Environment,
            ["ASPNETCORE_ENVIRONMENT"] = options.Environment,
            ["ASPNETCORE_URLS"] = project.HttpUrl,
            ["Kestrel__Endpoints__http__Url"] = project.HttpUrl,
            ["Kestrel__Endpoints__grpc__Url"] = project.GrpcUrl,
            ["Kestrel__Endpoints__grpc__Protocols"] = "Http2",
            ["OTEL_SERVICE_NAME"] = project.Name,
        };
        if (options.OtlpEndpoint is { Length: > 0 } otlp)
        {
            environment["OTEL_EXPORTER_OTLP_ENDPOINT"] = otlp;
        }
        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case IResourceWithConnectionString withConnection:
                    environment[$"ConnectionStrings__{reference.Name}"] = withConnection.ConnectionString;
                    break;
                case ProjectResource other:
                    environment[$"services__{other.Name}__http__0"] = LocalUrl(other.Http, other.HttpPort);
                    environment[$"services__{other.Name}__grpc__0"] = LocalUrl(other.Grpc, other.GrpcPort);
                    break;
            }
        }
        return environment;
    }

    private async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Http.GetAsync($"{LocalUrl(project.Http, project.HttpPort)}/health", cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>How to reach an endpoint from this machine (a wildcard bind is reached on loopback).</summary>
    private static string LocalUrl(EndpointSpec endpoint, int port) =>
        endpoint.Host is "0.0.0.0" or "*" or "+" or "[::]" ? $"http://127.0.0.1:{port}" : $"http://{endpoint.Host}:{port}";

    /// <summary>bin/{configuration}/net10.0/{AssemblyName}.dll of the project, as <c>dotnet build</c> leaves it.</summary>
    public static string AssemblyPath(AppHostOptions options, ProjectResource project)
    {
        var csproj = Path.Combine(options.RepoRoot, project.ProjectPath);
        var assemblyName = XDocument.Load(csproj).Descendants("AssemblyName").FirstOrDefault()?.Value
            ?? Path.GetFileNameWithoutExtension(csproj);
        return Path.Combine(Path.GetDirectoryName(csproj)!, "bin", options.BuildConfiguration, "net10.0", assemblyName + ".dll");
    }
}
