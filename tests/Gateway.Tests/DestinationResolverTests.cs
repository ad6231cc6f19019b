using HoukatsuCare.Gateway.Discovery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;

namespace HoukatsuCare.Gateway.Tests;

/// <summary>Discovery names become the addresses the AppHost (or Kubernetes) configured, per endpoint name.</summary>
public sealed class DestinationResolverTests
{
    [Theory]
    [InlineData("http://meetings", "http://127.0.0.1:5101/")]
    [InlineData("http://_grpc.meetings", "http://127.0.0.1:5102/")]
    public async Task A_discovery_name_resolves_to_the_configured_endpoint(string address, string expected)
    {
        await using var services = Provider(new()
        {
            ["services:meetings:http:0"] = "http://127.0.0.1:5101",
            ["services:meetings:grpc:0"] = "http://127.0.0.1:5102",
        });
        var resolver = new ServiceDiscoveryDestinationResolver(services.GetRequiredService<ServiceEndpointResolver>());

        var resolved = await resolver.ResolveDestinationsAsync(
            new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = address } }, CancellationToken.None);

        Assert.Equal(expected, Assert.Single(resolved.Destinations).Value.Address);
        Assert.NotNull(resolved.ChangeToken);
    }

    [Fact]
    public async Task Several_instances_become_several_destinations()
    {
        await using var services = Provider(new()
        {
            ["services:identity:http:0"] = "http://127.0.0.1:5201",
            ["services:identity:http:1"] = "http://127.0.0.1:5202",
        });
        var resolver = new ServiceDiscoveryDestinationResolver(services.GetRequiredService<ServiceEndpointResolver>());

        var resolved = await resolver.ResolveDestinationsAsync(
            new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = "http://identity" } }, CancellationToken.None);

        Assert.Equal(["http://127.0.0.1:5201/", "http://127.0.0.1:5202/"], resolved.Destinations.Values.Select(d => d.Address).Order());
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddServiceDiscovery()
            .BuildServiceProvider();
    }
}
