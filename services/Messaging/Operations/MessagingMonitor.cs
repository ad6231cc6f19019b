using HoukatsuCare.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HoukatsuCare.Messaging.Operations;

/// <summary>Samples the outbox and the error queues for the metrics and /health.</summary>
internal sealed partial class MessagingMonitor<TContext>(
    IServiceScopeFactory scopes,
    ErrorQueueBrowser errorQueues,
    MessagingMetrics metrics,
    IOptions<MessagingOptions> options,
    ILogger<MessagingMonitor<TContext>> logger) : BackgroundService where TContext : DbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MonitorInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                metrics.Update(await SampleAsync(stoppingToken));
                await timer.WaitForNextTickAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogSampleFailed(logger, e.Message);
                await timer.WaitForNextTickAsync(stoppingToken).AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public async Task<MessagingSample> SampleAsync(CancellationToken cancellationToken)
    {
        var (backlog, oldest) = await OutboxStateAsync(cancellationToken);
        long? depth;
        try
        {
            depth = await errorQueues.TotalDepthAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            depth = null;
        }
        return new MessagingSample(backlog, oldest, depth, DateTimeOffset.UtcNow);
    }

    public async Task<(long Backlog, TimeSpan OldestAge)> OutboxStateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var pending = db.Set<OutboxMessage>().Where(m => m.PublishedAt == null);
        var backlog = await pending.LongCountAsync(cancellationToken);
        var oldest = await pending.MinAsync(m => (DateTimeOffset?)m.OccurredAt, cancellationToken);
        var age = oldest is null ? TimeSpan.Zero : DateTimeOffset.UtcNow - oldest.Value;
        return (backlog, age < TimeSpan.Zero ? TimeSpan.Zero : age);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Messaging state not sampled ({Reason})")]
    private static partial void LogSampleFailed(ILogger logger, string reason);
}
