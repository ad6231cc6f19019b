using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HoukatsuCare.Messaging.Operations;

/// <summary>
/// /health entry <c>messaging-outbox</c>: backlog, oldest undelivered age (fresh from the database) and error-queue depth
/// (from the latest sample). Degraded when the oldest undelivered event is older than <c>Messaging:DegradedAfter</c>.
/// </summary>
internal sealed class OutboxHealthCheck<TContext>(MessagingMonitor<TContext> monitor, MessagingMetrics metrics, IOptions<MessagingOptions> options)
    : IHealthCheck where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (backlog, oldestAge) = await monitor.OutboxStateAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["backlog"] = backlog,
            ["oldestUndeliveredAgeSeconds"] = Math.Round(oldestAge.TotalSeconds, 1),
            ["degradedAfterSeconds"] = options.Value.DegradedAfter.TotalSeconds,
        };
        if (metrics.Latest.ErrorQueueDepth is { } depth)
        {
            data["errorQueueDepth"] = depth;
        }
        return oldestAge > options.Value.DegradedAfter
            ? HealthCheckResult.Degraded($"未配信のイベントが {oldestAge.TotalSeconds:0} 秒滞留しています (RabbitMQ への発行が止まっています)。", data: data)
            : HealthCheckResult.Healthy($"未配信 {backlog} 件", data);
    }
}
