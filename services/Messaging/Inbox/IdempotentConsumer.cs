using HoukatsuCare.Contracts.Events;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace HoukatsuCare.Messaging.Inbox;

/// <summary>
/// Base class of every consumer: <see cref="HandleAsync"/> runs inside a transaction on the service's own database that
/// first records (message id, consumer) in the inbox. A message already recorded — a redelivery, a duplicate publish,
/// a replay of one that succeeded — is acknowledged without calling the handler. The handler's changes, the inbox row and
/// any events it raises with <c>db.AddIntegrationEvent</c> commit together or not at all; an exception rolls all back
/// and MassTransit retries, then moves the message to the <c>_error</c> queue.
/// </summary>
/// <remarks>
/// The message id is the event's <see cref="IntegrationEvent.EventId"/> (the relay publishes it as the MassTransit
/// message id), so a republished row is recognised too.
/// </remarks>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db { get; } = db;

    /// <summary>Inbox key of this consumer; stable across deploys (defaults to the class's full name).</summary>
    protected virtual string ConsumerName => GetType().FullName!;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = (context.Message as IntegrationEvent)?.EventId
            ?? context.MessageId
            ?? throw new InvalidOperationException("A message without a message id cannot be deduplicated");

        await using var transaction = await Db.Database.BeginTransactionAsync(context.CancellationToken);
        var inserted = await Db.Database.ExecuteSqlRawAsync(
            InboxSql.Claim,
            [new NpgsqlParameter("id", messageId), new NpgsqlParameter("consumer", ConsumerName)],
            context.CancellationToken);
        if (inserted == 0)
        {
            // handled before: acknowledge, do nothing
            await transaction.RollbackAsync(context.CancellationToken);
            return;
        }
        try
        {
            await HandleAsync(context.Message, context, context.CancellationToken);
            await Db.SaveChangesAsync(context.CancellationToken);
            await transaction.CommitAsync(context.CancellationToken);
        }
        catch
        {
            // a retry must not see this attempt's half-applied entities
            Db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>Applies the message to <see cref="Db"/>; <c>SaveChanges</c> and the commit are done by the base class.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context, CancellationToken cancellationToken);
}
