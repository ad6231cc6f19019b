using HoukatsuCare.Messaging.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HoukatsuCare.Messaging.Outbox;

/// <summary>
/// Publishes stored events to RabbitMQ and marks them published.
/// <list type="bullet">
/// <item>Wakes on the outbox NOTIFY (see <see cref="OutboxListener{TContext}"/>), else polls slowly.</item>
/// <item>Claims a batch with <c>FOR UPDATE SKIP LOCKED</c> inside a transaction held until the rows are marked, so
/// several instances never publish one row twice; a crash before the mark publishes again (consumers are idempotent).</item>
/// <item>Keeps order per aggregate: a row is published only when every earlier undelivered row of its aggregate is in the
/// same batch; within a batch an aggregate's rows go one after another, different aggregates in parallel.</item>
/// <item>While the broker is away, batches fail and the relay backs off (doubling up to a maximum); rows stay stored.</item>
/// </list>
/// </summary>
internal sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    OutboxPublisher publisher,
    MessagingMetrics metrics,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private OutboxRelayOptions Relay => options.Value.Relay;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = Relay.MinBackoff;
        var nextPrune = DateTimeOffset.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var batch = await RelayBatchAsync(stoppingToken);
                if (batch.Failure is not null && batch.Published == 0)
                {
                    throw batch.Failure;
                }
                if (batch.Failure is not null)
                {
                    // the broker is up (other rows went out): one bad row holds back only its own aggregate
                    LogRowFailed(logger, batch.Failure.Message);
                }
                backoff = Relay.MinBackoff;
                if (DateTimeOffset.UtcNow >= nextPrune)
                {
                    await PruneAsync(stoppingToken);
                    nextPrune = DateTimeOffset.UtcNow + Relay.PruneInterval;
                }
                if (batch.Claimed == 0)
                {
                    await signal.WaitAsync(Relay.PollInterval, stoppingToken);
                }
                else if (batch.Published == 0)
                {
                    // every claimed row waits behind a row another instance holds: give it a moment
                    await Task.Delay(TimeSpan.FromMilliseconds(50), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRelayFailed(logger, backoff.TotalMilliseconds, e.Message);
                try
                {
                    await Task.Delay(backoff, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, Relay.MaxBackoff.Ticks));
            }
        }
    }

    private sealed record BatchResult(int Claimed, int Published, Exception? Failure);

    private sealed record ChainResult(List<long> Published, OutboxRow? FailedRow, Exception? Failure);

    private async Task<BatchResult> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();

        var claimed = await ClaimAsync(connection, npgsqlTransaction, cancellationToken);
        if (claimed.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return new BatchResult(0, 0, null);
        }
        var publishable = await InOrderAsync(connection, npgsqlTransaction, claimed, cancellationToken);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Relay.PublishTimeout);
        var chains = await Task.WhenAll(publishable
            .GroupBy(row => row.AggregateId, StringComparer.Ordinal)
            .Select(rows => PublishChainAsync(rows, timeout.Token)));

        var published = chains.SelectMany(c => c.Published).ToArray();
        if (published.Length > 0)
        {
            await using var mark = new NpgsqlCommand(
                $"UPDATE {OutboxSql.Table} SET published_at = now(), attempts = attempts + 1 WHERE sequence = ANY(@sequences)", connection, npgsqlTransaction);
            mark.Parameters.AddWithValue("sequences", published);
            await mark.ExecuteNonQueryAsync(CancellationToken.None);
        }
        foreach (var failed in chains.Where(c => c.FailedRow is not null))
        {
            await using var note = new NpgsqlCommand(
                $"UPDATE {OutboxSql.Table} SET attempts = attempts + 1, last_error = left(@error, 2000) WHERE sequence = @sequence", connection, npgsqlTransaction);
            note.Parameters.AddWithValue("error", failed.Failure!.Message);
            note.Parameters.AddWithValue("sequence", failed.FailedRow!.Sequence);
            await note.ExecuteNonQueryAsync(CancellationToken.None);
        }
        await transaction.CommitAsync(CancellationToken.None);
        metrics.RecordPublished(published.Length);
        if (published.Length > 0)
        {
            LogPublished(logger, published.Length);
        }
        return new BatchResult(claimed.Count, published.Length, chains.FirstOrDefault(c => c.Failure is not null)?.Failure);
    }

    private async Task<ChainResult> PublishChainAsync(IEnumerable<OutboxRow> rows, CancellationToken cancellationToken)
    {
        var published = new List<long>();
        foreach (var row in rows)
        {
            try
            {
                await publisher.PublishAsync(row, cancellationToken);
                published.Add(row.Sequence);
            }
            catch (Exception e)
            {
                // later rows of this aggregate wait for this one
                return new ChainResult(published, row, e);
            }
        }
        return new ChainResult(published, null, null);
    }

    private async Task<List<OutboxRow>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var claim = new NpgsqlCommand(
            $"""
            SELECT sequence, message_id, message_type, payload::text, aggregate_id, occurred_at, trace_parent
            FROM {OutboxSql.Table}
            WHERE published_at IS NULL
            ORDER BY sequence
            LIMIT @batch
            FOR UPDATE SKIP LOCKED
            """, connection, transaction);
        claim.Parameters.AddWithValue("batch", Relay.BatchSize);
        var rows = new List<OutboxRow>();
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetString(6)));
        }
        return rows;
    }

    /// <summary>
    /// Drops claimed rows that an earlier undelivered row of the same aggregate, claimed by another instance, must precede.
    /// </summary>
    private static async Task<List<OutboxRow>> InOrderAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<OutboxRow> claimed, CancellationToken cancellationToken)
    {
        var mine = claimed.Select(r => r.Sequence).ToArray();
        await using var blockers = new NpgsqlCommand(
            $"""
            SELECT aggregate_id, min(sequence) FROM {OutboxSql.Table}
            WHERE published_at IS NULL AND aggregate_id = ANY(@aggregates) AND sequence < @last AND NOT (sequence = ANY(@mine))
            GROUP BY aggregate_id
            """, connection, transaction);
        blockers.Parameters.AddWithValue("aggregates", claimed.Select(r => r.AggregateId).Distinct().ToArray());
        blockers.Parameters.AddWithValue("last", mine.Max());
        blockers.Parameters.AddWithValue("mine", mine);
        var firstBlocker = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var reader = await blockers.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                firstBlocker[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        return claimed.Where(r => !firstBlocker.TryGetValue(r.AggregateId, out var blocker) || r.Sequence < blocker).ToList();
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var outbox = await db.Database.ExecuteSqlRawAsync(
            $"DELETE FROM {OutboxSql.Table} WHERE published_at < now() - {{0}}", [Relay.Retention], cancellationToken);
        var inbox = await db.Database.ExecuteSqlRawAsync(
            $"DELETE FROM {Inbox.InboxSql.Table} WHERE received_at < now() - {{0}}", [options.Value.InboxRetention], cancellationToken);
        if (outbox + inbox > 0)
        {
            LogPruned(logger, outbox, inbox);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay could not publish ({Reason}); retrying in {BackoffMs} ms")]
    private static partial void LogRelayFailed(ILogger logger, double backoffMs, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox row not published, its aggregate waits ({Reason}); see outbox_messages.last_error")]
    private static partial void LogRowFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox relay published {Count} events")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Outbox} delivered outbox rows and {Inbox} old inbox rows")]
    private static partial void LogPruned(ILogger logger, int outbox, int inbox);
}
