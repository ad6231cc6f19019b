namespace HoukatsuCare.AppHost.Resources;

/// <summary>A .NET project of the repository run as its own process, with an HTTP and an HTTP/2-only gRPC endpoint.</summary>
public sealed class ProjectResource(string name, string projectPath) : IResource
{
    public string Name { get; } = name;

    /// <summary>Relative to the repository root.</summary>
    public string ProjectPath { get; } = projectPath;

    public ResourceStatus Status { get; } = new();

    public EndpointSpec Http { get; set; } = new("http", 0, "127.0.0.1");

    public EndpointSpec Grpc { get; set; } = new("grpc", 0, "127.0.0.1");

    public List<IResource> References { get; } = [];

    public List<IResource> WaitsFor { get; } = [];

    /// <summary>The port actually bound this run (a free one when <see cref="EndpointSpec.Port"/> is 0).</summary>
    public int HttpPort { get; set; }

    public int GrpcPort { get; set; }

    public string HttpUrl => $"http://{Http.Host}:{HttpPort}";

    public string GrpcUrl => $"http://{Grpc.Host}:{GrpcPort}";
}

/// <summary>An endpoint a project listens on; port 0 means any free loopback port.</summary>
public sealed record EndpointSpec(string Name, int Port, string Host);
