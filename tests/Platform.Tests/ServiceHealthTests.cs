using System.Net;
using System.Text.Json;
using HoukatsuCare.Contracts;
using HoukatsuCare.TestSupport;
using Npgsql;

namespace HoukatsuCare.Platform.Tests;

/// <summary>
/// Every service's readiness tells the truth about its database: healthy against the real PostgreSQL and RabbitMQ,
/// 503 with the database entry Unhealthy once the database can no longer be reached.
/// </summary>
public sealed class ServiceHealthTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Theory]
    [MemberData(nameof(Services.Names), MemberType = typeof(Services))]
    public async Task Health_is_healthy_against_real_servers(string service)
    {
        var settings = await ServiceFactory<object>.SettingsAsync(ServiceNames.Database(service));
        using var host = Services.Start(service, settings, out var client);

        var (status, body) = await WaitForAsync(client, HttpStatusCode.OK);

        Assert.True(status == HttpStatusCode.OK, $"{service}: /health returned {(int)status}: {body}");
        using var report = JsonDocument.Parse(body);
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", Entry(report, ServiceNames.Database(service)));
    }

    [Theory]
    [MemberData(nameof(Services.Names), MemberType = typeof(Services))]
    public async Task Health_is_unhealthy_when_the_database_is_unreachable(string service)
    {
        var database = ServiceNames.Database(service);
        var direct = new NpgsqlConnectionStringBuilder(await TestDatabase.NewAsync(database));
        await using var proxy = new TcpProxy(direct.Host!, direct.Port);
        var settings = await ServiceFactory<object>.SettingsAsync(database);
        settings[$"ConnectionStrings:{database}"] = new NpgsqlConnectionStringBuilder(direct.ConnectionString)
        {
            Host = "127.0.0.1",
            Port = proxy.Port,
            Timeout = 3,
        }.ConnectionString;
        using var host = Services.Start(service, settings, out var client);
        var (before, _) = await WaitForAsync(client, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, before);

        proxy.Cut();
        NpgsqlConnection.ClearAllPools();
        var (after, body) = await WaitForAsync(client, HttpStatusCode.ServiceUnavailable);

        Assert.True(after == HttpStatusCode.ServiceUnavailable, $"{service}: /health returned {(int)after} with the database cut: {body}");
        using var report = JsonDocument.Parse(body);
        Assert.Equal("Unhealthy", Entry(report, database));
    }

    private static string? Entry(JsonDocument report, string name) =>
        report.RootElement.GetProperty("entries").GetProperty(name).GetProperty("status").GetString();

    /// <summary>
    /// Polls /health until it answers <paramref name="expected"/> with a Healthy (200) or Unhealthy (503) report;
    /// the bus takes a moment to connect, and is Degraded (also 200) meanwhile.
    /// </summary>
    private static async Task<(HttpStatusCode Status, string Body)> WaitForAsync(HttpClient client, HttpStatusCode expected)
    {
        var expectedReport = expected == HttpStatusCode.OK ? "Healthy" : "Unhealthy";
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.GetAsync("/health");
            var body = await response.Content.ReadAsStringAsync();
            using var report = JsonDocument.Parse(body);
            var reported = report.RootElement.GetProperty("status").GetString();
            if ((response.StatusCode == expected && reported == expectedReport) || DateTime.UtcNow > deadline)
            {
                return (response.StatusCode, body);
            }
            await Task.Delay(250);
        }
    }
}
