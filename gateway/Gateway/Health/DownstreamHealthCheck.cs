using HoukatsuCare.Contracts;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HoukatsuCare.Gateway.Health;

/// <summary>
/// The gateway is ready only when the services behind it are: each check asks one service's <c>/health</c>
/// through service discovery. Not tagged "live", so a sick service never gets the gateway restarted.
/// </summary>
public sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public const string ClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = clients.CreateClient(ClientName);
            using var response = await client.GetAsync($"http://{service}/health", cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} は正常です。")
                : HealthCheckResult.Unhealthy($"{service} の /health が {(int)response.StatusCode} を返しました。");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{service} に接続できません: {e.Message}");
        }
    }
}

public static class DownstreamHealthExtensions
{
    public static IHostApplicationBuilder AddDownstreamHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
        var checks = builder.Services.AddHealthChecks();
        foreach (var service in ServiceNames.Services)
        {
            checks.Add(new HealthCheckRegistration(
                service,
                sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), service),
                HealthStatus.Unhealthy,
                ["ready", "downstream"],
                TimeSpan.FromSeconds(10)));
        }
        return builder;
    }
}
