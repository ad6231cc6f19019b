using HoukatsuCare.Consultations.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HoukatsuCare.Consultations.Idempotency;

/// <summary>Configuration <c>Idempotency</c>: how long a key's stored answer (which carries personal data) is kept.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>A retry later than this creates anew; partners retry within minutes, not days.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Deletes stored idempotent answers older than their retention: they repeat a client's personal data and
/// must not outlive their purpose (要配慮個人情報 is kept where it is needed, no longer).
/// </summary>
internal sealed partial class IdempotencyPruner(
    IServiceScopeFactory scopes, IOptions<IdempotencyOptions> options, TimeProvider clock, ILogger<IdempotencyPruner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ConsultationsDbContext>();
                var cutoff = clock.GetUtcNow() - options.Value.Retention;
                var pruned = await db.Set<IdempotencyRecord>().Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(stoppingToken);
                if (pruned > 0)
                {
                    LogPruned(logger, pruned);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // the database may be away for a while; the next tick tries again
                LogFailed(logger, e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} expired idempotency records")]
    private static partial void LogPruned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning idempotency records failed ({ExceptionType}); retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, string exceptionType);
}
