using System.Net;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace HoukatsuCare.Gateway.Discovery;

/// <summary>
/// Expands a destination addressed by service-discovery name (<c>http://consultations</c>,
/// <c>http://_grpc.consultations</c>) into the endpoints Microsoft.Extensions.ServiceDiscovery knows for it
/// (from <c>services__consultations__http__0</c>, <c>services__consultations__grpc__0</c>, …), and re-resolves
/// when discovery reports a change. A stand-in for Microsoft.Extensions.ServiceDiscovery.Yarp, which is not served here.
/// </summary>
public sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>();
        var changeTokens = new List<IChangeToken>();
        foreach (var (name, destination) in destinations)
        {
            var address = new Uri(destination.Address);
            var source = await resolver.GetEndpointsAsync(destination.Address, cancellationToken);
            changeTokens.Add(source.ChangeToken);
            var index = 0;
            foreach (var endpoint in source.Endpoints)
            {
                var key = source.Endpoints.Count == 1 ? name : $"{name}[{index++}]";
                resolved[key] = destination with { Address = ToAddress(address.Scheme, endpoint.EndPoint).ToString() };
            }
        }
        return new ResolvedDestinationCollection(resolved, new CompositeChangeToken(changeTokens));
    }

    /// <summary>The URI an endpoint stands for, keeping the scheme the destination asked for when it has none.</summary>
    public static Uri ToAddress(string scheme, EndPoint endpoint) => endpoint switch
    {
        IPEndPoint ip => new UriBuilder(scheme, ip.Address.ToString(), ip.Port).Uri,
        DnsEndPoint dns => new UriBuilder(scheme, dns.Host, dns.Port).Uri,
        _ when endpoint.ToString() is { } text && text.Contains("://", StringComparison.Ordinal) => new Uri(text),
        _ => new Uri($"{scheme}://{endpoint}"),
    };
}

public static class DestinationResolverExtensions
{
    public static IServiceCollection AddServiceDiscoveryDestinationResolver(this IServiceCollection services)
    {
        services.AddServiceDiscoveryCore();
        services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();
        return services;
    }
}
