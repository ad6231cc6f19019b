using HoukatsuCare.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HoukatsuCare.ServiceDefaults.Data;

/// <summary>
/// Rows of <paramref name="Table"/> older than their age (by <paramref name="TimestampColumn"/>) are deleted.
/// The age is <c>Retention:{Name}</c> (a TimeSpan, e.g. <c>7.00:00:00</c>), else <paramref name="DefaultAge"/>;
/// a null age keeps rows for ever. <paramref name="MinimumAge"/> is a legal floor that configuration cannot go below
/// (audit of personal-data reads: five years), checked at start.
/// </summary>
public sealed record RetentionRule(string Name, string Table, string TimestampColumn, TimeSpan? DefaultAge, TimeSpan? MinimumAge = null, string? Condition = null);

/// <summary>
/// Retention in one place: every table a service prunes (outbox, inbox, idempotency answers) is a
/// <see cref="RetentionRule"/> of one background service per database, which deletes in small batches every
/// <c>Retention:Interval</c> (default 10 minutes) and keeps trying while the database is away.
/// </summary>
public static class RetentionExtensions
{
    public const string SectionName = "Retention";

    public static readonly TimeSpan FiveYears = TimeSpan.FromDays(5 * 365 + 2);

    public static IHostApplicationBuilder AddRetention<TContext>(this IHostApplicationBuilder builder, RetentionRule rule) where TContext : DbContext
    {
        var age = Age(builder.Configuration, rule);
        if (rule.MinimumAge is { } minimum && age < minimum)
        {
            throw new StartupException($"{SectionName}__{rule.Name} は {minimum.TotalDays:0} 日以上にしてください (法令上の保存期間)。");
        }
        builder.Services.AddSingleton(new RetentionRegistration(typeof(TContext), rule));
        if (!builder.Services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(RetentionService<TContext>)))
        {
            builder.Services.AddHostedService<RetentionService<TContext>>();
        }
        return builder;
    }

    /// <summary>The age after which a rule's rows go: configured, else the default; null keeps them.</summary>
    public static TimeSpan? Age(IConfiguration configuration, RetentionRule rule) =>
        configuration.GetValue<TimeSpan?>($"{SectionName}:{rule.Name}") ?? rule.DefaultAge;
}

internal sealed record RetentionRegistration(Type Context, RetentionRule Rule);

internal sealed partial class RetentionService<TContext>(
    IServiceScopeFactory scopes, IEnumerable<RetentionRegistration> registrations, IConfiguration configuration,
    TimeProvider clock, ILogger<RetentionService<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private const int BatchSize = 5000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rules = registrations.Where(r => r.Context == typeof(TContext)).Select(r => r.Rule).ToList();
        var interval = configuration.GetValue<TimeSpan?>($"{RetentionExtensions.SectionName}:Interval") ?? TimeSpan.FromMinutes(10);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            foreach (var rule in rules)
            {
                if (RetentionExtensions.Age(configuration, rule) is not { } age)
                {
                    continue;
                }
                try
                {
                    await PruneAsync(rule, clock.GetUtcNow() - age, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // the database may be away for a while; the next tick tries again
                    LogFailed(logger, rule.Name, e.GetType().Name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task PruneAsync(RetentionRule rule, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var condition = rule.Condition is null ? "" : $" AND ({rule.Condition})";
        // table and column names come from code, never from input; batches keep each transaction short
        var sql = $"DELETE FROM {rule.Table} WHERE ctid IN (SELECT ctid FROM {rule.Table} WHERE {rule.TimestampColumn} < {{0}}{condition} LIMIT {BatchSize})";
        int total = 0, deleted;
        do
        {
            deleted = await db.Database.ExecuteSqlRawAsync(sql, [cutoff], cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);
        if (total > 0)
        {
            LogPruned(logger, total, rule.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: deleted {Count} rows of {Rule}")]
    private static partial void LogPruned(ILogger logger, int count, string rule);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention of {Rule} failed ({ExceptionType}); retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, string rule, string exceptionType);
}
