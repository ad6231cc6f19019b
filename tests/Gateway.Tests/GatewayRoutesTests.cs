using HoukatsuCare.Contracts;
using HoukatsuCare.Gateway.Routing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace HoukatsuCare.Gateway.Tests;

/// <summary>The routing table derived from ServiceNames: each request path reaches exactly the right cluster.</summary>
public sealed class GatewayRoutesTests
{
    private static readonly IReadOnlyList<RouteConfig> Routes = GatewayRoutes.Routes();
    private static readonly IReadOnlyList<ClusterConfig> Clusters = GatewayRoutes.Clusters();

    public static TheoryData<string> Services => [.. ServiceNames.Services];

    [Theory]
    [InlineData("/api/consultations", "consultations")]
    [InlineData("/api/consultations/cases/42", "consultations")]
    [InlineData("/api/volunteer-points/openapi/v1.json", "volunteer-points")]
    [InlineData("/api/life-support/resources", "life-support")]
    [InlineData("/connect/token", "identity")]
    [InlineData("/houkatsu.consultations.v1.CaseSummaries/Get", "consultations-grpc")]
    [InlineData("/houkatsu.volunteerpoints.v1.Balances/Get", "volunteer-points-grpc")]
    [InlineData("/houkatsu.dementiasupport.v2.Figures/Monthly", "dementia-support-grpc")]
    public void A_path_reaches_exactly_one_cluster(string path, string cluster)
    {
        var matches = Routes.Where(r => r.Match.Headers is null && Matches(r, path)).Select(r => r.ClusterId).ToList();

        Assert.Equal([cluster], matches);
    }

    [Theory]
    [InlineData("/api/reports")]
    [InlineData("/api/consultationsx/cases")]
    [InlineData("/houkatsu.consultationsx.v1.A/B")]
    [InlineData("/grpc.health.v1.Health/Check")]
    public void Paths_of_no_service_are_not_proxied_without_the_service_header(string path)
    {
        Assert.DoesNotContain(Routes, r => r.Match.Headers is null && Matches(r, path));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Standard_grpc_services_are_routed_by_the_service_header(string service)
    {
        foreach (var path in new[] { "/grpc.health.v1.Health/Check", "/grpc.health.v1.Health/Watch",
                     "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo", "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo" })
        {
            var route = Assert.Single(Routes, r => Matches(r, path) && r.Match.Headers!.Single().Values!.Single() == service);
            Assert.Equal(GatewayRoutes.ServiceHeader, route.Match.Headers!.Single().Name);
            Assert.Equal(GatewayRoutes.GrpcCluster(service), route.ClusterId);
        }
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Each_service_has_an_http_cluster_and_an_http2_only_grpc_cluster_addressed_by_discovery_name(string service)
    {
        var http = Assert.Single(Clusters, c => c.ClusterId == GatewayRoutes.HttpCluster(service));
        Assert.Equal($"http://{service}", http.Destinations!.Values.Single().Address);

        var grpc = Assert.Single(Clusters, c => c.ClusterId == GatewayRoutes.GrpcCluster(service));
        Assert.Equal($"http://_grpc.{service}", grpc.Destinations!.Values.Single().Address);
        Assert.Equal(System.Net.HttpVersion.Version20, grpc.HttpRequest!.Version);
        Assert.Equal(HttpVersionPolicy.RequestVersionExact, grpc.HttpRequest.VersionPolicy);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Grpc_calls_have_no_idle_limit_so_a_quiet_watch_stream_survives_and_api_calls_keep_the_default(string service)
    {
        var grpc = Assert.Single(Clusters, c => c.ClusterId == GatewayRoutes.GrpcCluster(service));
        Assert.Equal(Timeout.InfiniteTimeSpan, grpc.HttpRequest!.ActivityTimeout);
        var http = Assert.Single(Clusters, c => c.ClusterId == GatewayRoutes.HttpCluster(service));
        Assert.Null(http.HttpRequest?.ActivityTimeout);
    }

    [Fact]
    public async Task Yarp_accepts_every_route_and_cluster()
    {
        using var services = new ServiceCollection().AddLogging().AddRouting().AddReverseProxy().Services.BuildServiceProvider();
        var validator = services.GetRequiredService<IConfigValidator>();
        foreach (var route in Routes)
        {
            Assert.Empty(await validator.ValidateRouteAsync(route));
        }
        foreach (var cluster in Clusters)
        {
            Assert.Empty(await validator.ValidateClusterAsync(cluster));
        }
    }

    [Fact]
    public void Route_ids_are_unique_and_every_route_has_its_cluster()
    {
        Assert.Equal(Routes.Count, Routes.Select(r => r.RouteId).Distinct().Count());
        Assert.All(Routes, r => Assert.Contains(Clusters, c => c.ClusterId == r.ClusterId));
    }

    private static bool Matches(RouteConfig route, string path) =>
        new TemplateMatcher(TemplateParser.Parse(route.Match.Path!), new RouteValueDictionary())
            .TryMatch(path, new RouteValueDictionary());
}
