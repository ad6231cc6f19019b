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
/// <item>Wakes on the outbox NOTIFY (see <see cref="OutboxListener{TContext}"/>), else polls slowly. A full batch is
/// followed at once by the next claim; otherwise a worker sleeps until a notification that arrived after its claim began.</item>
/// <item><c>Relay:Workers</c> loops claim and publish side by side, so new rows are claimed while an earlier batch waits
/// for its confirms.</item>
/// <item>Claims a batch with <c>FOR UPDATE SKIP LOCKED</c> inside a transaction held until the rows are marked (one
/// UPDATE), so workers and instances never publish one row twice; a crash before the mark publishes again (consumers
/// are idempotent).</item>
/// <item>Keeps order per aggregate: a row is published only when every earlier undelivered row of its aggregate is in the
/// same batch; within a batch an aggregate's rows go one after another, different aggregates concurrently, and the
/// batch's confirms are awaited together.</item>
/// <item>An aggregate whose oldest row fails is parked (<see cref="ParkedAggregates"/>): claims skip it until its retry is
/// due, so rows piled up behind a poison row never crowd out the other aggregates.</item>
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
    /// <summary>How long a worker waits for rows held back by a batch another worker or instance is publishing.</summary>
    private static readonly TimeSpan BlockedRetry = TimeSpan.FromMilliseconds(50);

    private readonly ParkedAggregates parked = new(options.Value.Relay.MinBackoff, options.Value.Relay.MaxBackoff, TimeProvider.System);

    private int blockedWorkers;

    private OutboxRelayOptions Relay => options.Value.Relay;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, Relay.Workers)).Select(worker => Task.Run(() => WorkAsync(worker == 0, stoppingToken), CancellationToken.None)));

    private async Task WorkAsync(bool prunes, CancellationToken stoppingToken)
    {
        var backoff = Relay.MinBackoff;
        var nextPrune = DateTimeOffset.UtcNow;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var seen = signal.Generation;
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
                if (prunes && DateTimeOffset.UtcNow >= nextPrune)
                {
                    await PruneAsync(stoppingToken);
                    nextPrune = DateTimeOffset.UtcNow + Relay.PruneInterval;
                }
                if (batch.Claimed >= Relay.BatchSize)
                {
                    continue; // more rows are waiting: no need for a notification to claim them
                }
                if (batch.Blocked > 0)
                {
                    // rows wait behind a batch that another worker (which signals when it commits) or instance is publishing
                    Interlocked.Increment(ref blockedWorkers);
                    try
                    {
                        await signal.WaitAsync(seen, BlockedRetry, stoppingToken);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref blockedWorkers);
                    }
                    continue;
                }
                var sleep = parked.UntilNextDue() is { } due && due < Relay.PollInterval ? due : Relay.PollInterval;
                await signal.WaitAsync(seen, sleep, stoppingToken);
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

    private sealed record BatchResult(int Claimed, int Blocked, int Published, Exception? Failure);

    private sealed record ChainResult(string AggregateId, List<long> Published, OutboxRow? FailedRow, Exception? Failure);

    private async Task<BatchResult> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();

        var claimed = await ClaimAsync(connection, npgsqlTransaction, cancellationToken);
        var publishable = claimed.Where(c => !c.Blocked).Select(c => c.Row).ToList();
        var blocked = claimed.Count - publishable.Count;
        if (publishable.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return new BatchResult(claimed.Count, blocked, 0, null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Relay.PublishTimeout);
        var chains = await Task.WhenAll(publishable
            .GroupBy(row => row.AggregateId, StringComparer.Ordinal)
            .Select(rows => PublishChainAsync(rows.Key, rows, timeout.Token)));

        var published = chains.SelectMany(c => c.Published).ToArray();
        var failed = chains.Where(c => c.FailedRow is not null).ToArray();
        await using (var mark = new NpgsqlBatch(connection, npgsqlTransaction))
        {
            if (published.Length > 0)
            {
                var command = new NpgsqlBatchCommand(
                    $"UPDATE {OutboxSql.Table} SET published_at = now(), attempts = attempts + 1 WHERE sequence = ANY(@sequences)");
                command.Parameters.AddWithValue("sequences", published);
                mark.BatchCommands.Add(command);
            }
            foreach (var chain in failed)
            {
                var command = new NpgsqlBatchCommand(
                    $"UPDATE {OutboxSql.Table} SET attempts = attempts + 1, last_error = left(@error, 2000) WHERE sequence = @sequence");
                command.Parameters.AddWithValue("error", chain.Failure!.Message);
                command.Parameters.AddWithValue("sequence", chain.FailedRow!.Sequence);
                mark.BatchCommands.Add(command);
            }
            await mark.ExecuteNonQueryAsync(CancellationToken.None);
        }
        await transaction.CommitAsync(CancellationToken.None);
        foreach (var chain in chains)
        {
            if (chain.FailedRow is null)
            {
                parked.Delivered(chain.AggregateId);
            }
            else
            {
                parked.Failed(chain.AggregateId);
            }
        }
        if (Volatile.Read(ref blockedWorkers) > 0)
        {
            signal.Set(); // this commit may release rows a blocked worker waits for
        }
        metrics.RecordPublished(published.Length);
        if (published.Length > 0)
        {
            LogPublished(logger, published.Length);
        }
        return new BatchResult(claimed.Count, blocked, published.Length, failed.FirstOrDefault()?.Failure);
    }

    private async Task<ChainResult> PublishChainAsync(string aggregateId, IEnumerable<OutboxRow> rows, CancellationToken cancellationToken)
    {
        var published = new List<long>();
        foreach (var row in rows)
        {
            try
            {
                // the timeout holds even where the transport does not observe cancellation (a half-open connection)
                await publisher.PublishAsync(row, cancellationToken).WaitAsync(cancellationToken);
                published.Add(row.Sequence);
            }
            catch (Exception e)
            {
                // later rows of this aggregate wait for this one
                return new ChainResult(aggregateId, published, row, e);
            }
        }
        return new ChainResult(aggregateId, published, null, null);
    }

    private sealed record ClaimedRow(OutboxRow Row, bool Blocked);

    /// <summary>
    /// One statement: locks up to a batch of undelivered rows of aggregates that are not parked, in insertion order, and
    /// flags each row that an earlier undelivered row of its aggregate outside this batch (held by another worker or
    /// instance) must precede; those stay unpublished and are released at commit.
    /// </summary>
    private async Task<List<ClaimedRow>> ClaimAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var claim = new NpgsqlCommand(
            $"""
            WITH claimed AS (
                SELECT sequence, message_id, message_type, payload, aggregate_id, occurred_at, trace_parent
                FROM {OutboxSql.Table}
                WHERE published_at IS NULL AND NOT (aggregate_id = ANY(@parked))
                ORDER BY sequence
                LIMIT @batch
                FOR UPDATE SKIP LOCKED)
            SELECT c.sequence, c.message_id, c.message_type, c.payload::text, c.aggregate_id, c.occurred_at, c.trace_parent,
                EXISTS (SELECT 1 FROM {OutboxSql.Table} earlier
                        WHERE earlier.published_at IS NULL AND earlier.aggregate_id = c.aggregate_id AND earlier.sequence < c.sequence
                          AND earlier.sequence NOT IN (SELECT sequence FROM claimed))
            FROM claimed c
            ORDER BY c.sequence
            """, connection, transaction);
        claim.Parameters.AddWithValue("parked", parked.NotDue());
        claim.Parameters.AddWithValue("batch", Relay.BatchSize);
        var rows = new List<ClaimedRow>();
        await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ClaimedRow(
                new OutboxRow(
                    reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetString(6)),
                reader.GetBoolean(7)));
        }
        return rows;
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
