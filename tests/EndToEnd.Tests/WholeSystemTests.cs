using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using HoukatsuCare.Contracts;
using HoukatsuCare.TestSupport;

namespace HoukatsuCare.EndToEnd.Tests;

/// <summary>
/// The AppHost as an operator runs it: everything comes up healthy, every service answers through the gateway
/// over HTTP and over gRPC (HTTP/2 on both hops), and SIGTERM leaves no process behind.
/// </summary>
public sealed class WholeSystemTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task AppHost_runs_everything_behind_the_gateway_and_stops_without_leftovers()
    {
        await using var appHost = AppHostProcess.Start(
            await TestServers.PostgresAsync(), (await TestServers.RabbitMqAsync()).ToString());
        using var state = await appHost.WaitUntilHealthyAsync(StartTimeout);
        var resources = state.RootElement.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(
            ["postgres", .. ServiceNames.Services.Select(ServiceNames.Database), ServiceNames.Messaging, .. AppHostOrder, ServiceNames.Gateway],
            resources);

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{appHost.HttpPort}") };
        foreach (var service in ServiceNames.Services)
        {
            var root = await http.GetFromJsonAsync<JsonElement>($"/api/{service}");
            Assert.Equal(service, root.GetProperty("service").GetString());
            var openApi = await http.GetFromJsonAsync<JsonElement>($"/api/{service}/openapi/v1.json");
            Assert.StartsWith("3.", openApi.GetProperty("openapi").GetString());
        }
        using (var gatewayHealth = await http.GetAsync("/health"))
        {
            Assert.Equal(HttpStatusCode.OK, gatewayHealth.StatusCode);
        }
        var index = await http.GetFromJsonAsync<JsonElement>("/");
        Assert.Equal(ServiceNames.Services, index.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        using (var asyncApi = await http.GetAsync("/asyncapi/houkatsu-external.yaml"))
        {
            Assert.Equal(HttpStatusCode.OK, asyncApi.StatusCode);
            Assert.Contains("asyncapi: 3", await asyncApi.Content.ReadAsStringAsync());
        }

        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{appHost.GrpcPort}");
        var health = new Health.HealthClient(channel);
        foreach (var service in ServiceNames.Services)
        {
            var reply = await health.CheckAsync(new HealthCheckRequest(), new Metadata { { "houkatsu-service", service } });
            Assert.True(reply.Status == HealthCheckResponse.Types.ServingStatus.Serving, $"{service}: gRPC health {reply.Status}");
        }
        var unrouted = await Assert.ThrowsAsync<RpcException>(async () => await health.CheckAsync(new HealthCheckRequest()));
        Assert.Equal(StatusCode.Unimplemented, unrouted.StatusCode);

        // a crashed service is restarted, and the gateway reaches it again
        var meetingsPid = Resource(state, ServiceNames.Meetings).GetProperty("pid").GetInt32();
        using (var kill = System.Diagnostics.Process.Start("kill", ["-KILL", meetingsPid.ToString()]))
        {
            await kill.WaitForExitAsync();
        }
        using var restarted = await appHost.WaitForStateAsync(
            s => Resource(s, ServiceNames.Meetings) is var m && m.GetProperty("restarts").GetInt32() == 1
                && m.GetProperty("health").GetString() == "Healthy" && m.GetProperty("pid").GetInt32() != meetingsPid,
            TimeSpan.FromSeconds(60));
        var meetingsRoot = await http.GetFromJsonAsync<JsonElement>($"/api/{ServiceNames.Meetings}");
        Assert.Equal(ServiceNames.Meetings, meetingsRoot.GetProperty("service").GetString());

        var children = appHost.Descendants();
        var reported = restarted.RootElement.GetProperty("everyPid").EnumerateArray().Select(p => p.GetInt32())
            .Where(p => p != meetingsPid).ToList();
        Assert.Equal(7, reported.Count);
        Assert.Subset(children.Select(c => c.Pid).ToHashSet(), reported.ToHashSet());

        var exitCode = await appHost.TerminateAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, exitCode);
        var survivors = children.Where(c => c.IsAlive).Select(c => c.Pid).ToList();
        Assert.True(survivors.Count == 0, $"still running after the AppHost stopped: {string.Join(", ", survivors)}\n{appHost.Output}");
    }

    [Fact]
    public async Task Unreachable_database_ends_the_AppHost_with_one_actionable_line()
    {
        await using var appHost = AppHostProcess.Start(
            "Host=127.0.0.1;Port=1;Username=postgres;Password=x;Timeout=2", (await TestServers.RabbitMqAsync()).ToString(),
            reachablePostgres: false);

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exitCode = await appHost.WaitForExitAsync(cancel.Token);

        Assert.Equal(78, exitCode);
        var errorLines = appHost.ErrorLines;
        Assert.Single(errorLines);
        Assert.Contains("ConnectionStrings__postgres", errorLines[0]);
    }

    [Fact]
    public async Task A_service_that_cannot_start_ends_the_AppHost_with_its_error_in_one_line()
    {
        // every child inherits the AppHost's environment; this setting makes each host throw while it is built
        await using var appHost = AppHostProcess.Start(
            await TestServers.PostgresAsync(), (await TestServers.RabbitMqAsync()).ToString(),
            extraEnvironment: new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "NoSuchLevel" });

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var exitCode = await appHost.WaitForExitAsync(cancel.Token);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(appHost.ErrorLines);
        Assert.Contains("'NoSuchLevel' is not supported", line);
        Assert.Contains("Restarting", appHost.Output);
    }

    private static JsonElement Resource(JsonDocument state, string name) =>
        state.RootElement.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    /// <summary>The services in the order AppHost/Program.cs adds them.</summary>
    private static readonly string[] AppHostOrder =
    [
        ServiceNames.Identity, ServiceNames.Consultations, ServiceNames.Meetings, ServiceNames.VolunteerPoints,
        ServiceNames.DementiaSupport, ServiceNames.LifeSupport,
    ];
}
