using HoukatsuCare.Contracts;
using Yarp.ReverseProxy.Configuration;

namespace HoukatsuCare.Gateway.Routing;

/// <summary>
/// The gateway's whole routing table, derived from <see cref="ServiceNames"/>: every service gets the same
/// routes, and the path is forwarded unchanged because each service keeps its own public prefix.
/// </summary>
public static class GatewayRoutes
{
    /// <summary>Selects which service answers the standard gRPC services (health, reflection) every service hosts.</summary>
    public const string ServiceHeader = "houkatsu-service";

    /// <summary>Cluster of a service's HTTP/1.1+ endpoint (<c>services__{name}__http__0</c>).</summary>
    public static string HttpCluster(string service) => service;

    /// <summary>Cluster of a service's HTTP/2-only gRPC endpoint (<c>services__{name}__grpc__0</c>).</summary>
    public static string GrpcCluster(string service) => $"{service}-grpc";

    /// <summary>
    /// No idle limit on gRPC calls. YARP's default (100 s without a byte either way) would cut a server stream that
    /// is quiet by design, such as health <c>Watch</c>, which sends only when the status changes; a gRPC call is
    /// bounded by the deadline its client sets (grpc-timeout), which the gateway forwards.
    /// </summary>
    public static readonly TimeSpan GrpcActivityTimeout = Timeout.InfiniteTimeSpan;

    public static IReadOnlyList<RouteConfig> Routes() => [.. ServiceNames.Services.SelectMany(RoutesFor)];

    public static IReadOnlyList<ClusterConfig> Clusters() => [.. ServiceNames.Services.SelectMany(ClustersFor)];

    private static IEnumerable<RouteConfig> RoutesFor(string service)
    {
        yield return Route($"{service}-api", HttpCluster(service), $"/api/{service}/{{**rest}}");
        if (service == ServiceNames.Identity)
        {
            yield return Route($"{service}-connect", HttpCluster(service), "/connect/{**rest}");
        }

        // e.g. /houkatsu.consultations.v1.CaseSummaries/Get: the service's own gRPC packages
        yield return Route($"{service}-grpc", GrpcCluster(service), $"/{ServiceNames.GrpcPackage(service)}.{{grpcService}}/{{method}}");

        // the standard services every host answers, told apart by a header naming the service
        yield return Route($"{service}-grpc-health", GrpcCluster(service), "/grpc.health.v1.Health/{method}", service);
        yield return Route($"{service}-grpc-reflection", GrpcCluster(service),
            "/grpc.reflection.{version}.ServerReflection/{method}", service);
    }

    private static IEnumerable<ClusterConfig> ClustersFor(string service)
    {
        yield return new ClusterConfig
        {
            ClusterId = HttpCluster(service),
            Destinations = Destination($"http://{service}"),
        };
        yield return new ClusterConfig
        {
            ClusterId = GrpcCluster(service),
            // gRPC needs HTTP/2 on this hop too: h2c with prior knowledge, never a downgrade
            HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig
            {
                Version = System.Net.HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                ActivityTimeout = GrpcActivityTimeout,
            },
            Destinations = Destination($"http://_grpc.{service}"),
        };
    }

    private static RouteConfig Route(string id, string cluster, string path, string? serviceHeader = null) => new()
    {
        RouteId = id,
        ClusterId = cluster,
        Match = new RouteMatch
        {
            Path = path,
            Headers = serviceHeader is null
                ? null
                : [new RouteHeader { Name = ServiceHeader, Values = [serviceHeader], Mode = HeaderMatchMode.ExactHeader }],
        },
    };

    private static Dictionary<string, DestinationConfig> Destination(string address) =>
        new() { ["primary"] = new DestinationConfig { Address = address } };
}
