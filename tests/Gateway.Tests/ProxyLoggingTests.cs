using System.Collections.Concurrent;
using System.Net;
using HoukatsuCare.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HoukatsuCare.Gateway.Tests;

/// <summary>
/// A search forwarded by the gateway carries what was typed (a name) in its query; with every category at Trace
/// the gateway still logs neither the raw nor the encoded query.
/// </summary>
public sealed class ProxyLoggingTests
{
    [Fact]
    public async Task A_forwarded_search_leaves_no_query_in_the_gateway_log()
    {
        var upstreamBuilder = WebApplication.CreateSlimBuilder();
        upstreamBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var upstream = upstreamBuilder.Build();
        upstream.MapGet("/api/consultations/clients", (HttpRequest request) => Results.Ok(request.Query["q"].ToString()));
        await upstream.StartAsync();
        var upstreamAddress = upstream.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        var lines = new ConcurrentQueue<string>();
        await using var gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseSetting("services:consultations:http:0", upstreamAddress)
            .UseSetting("Logging:LogLevel:Default", "Trace")
            .UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace")
            .UseSetting("Logging:LogLevel:Yarp", "Trace")
            .ConfigureLogging(logging => logging.AddProvider(new CapturingLoggerProvider(lines))));

        var response = await gateway.CreateClient().GetAsync("/api/consultations/clients?q=%E7%A7%98%E5%8C%BF");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("秘匿", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains(lines, line => line.StartsWith("Yarp", StringComparison.Ordinal)); // the proxy did log, at Trace
        var leak = lines.FirstOrDefault(line => line.Contains("%E7%A7%98", StringComparison.OrdinalIgnoreCase) || line.Contains("秘匿", StringComparison.Ordinal));
        Assert.True(leak is null, leak);
    }
}
