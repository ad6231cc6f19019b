using System.Collections.Concurrent;
using System.Diagnostics;
using HoukatsuCare.Messaging.Inbox;
using MassTransit;

namespace HoukatsuCare.Messaging.Tests.Support;

/// <summary>What the consumers of one test host saw, for assertions.</summary>
public sealed class ConsumerProbe
{
    public ConcurrentDictionary<Guid, int> Handled { get; } = new();

    public ConcurrentDictionary<Guid, string?> TraceIds { get; } = new();

    public ConcurrentDictionary<Guid, int> Attempts { get; } = new();

    public volatile bool Failing = true;
}

public sealed class ItemRecordedConsumer(TestDbContext db, ConsumerProbe probe) : IdempotentConsumer<ItemRecorded, TestDbContext>(db)
{
    protected override Task HandleAsync(ItemRecorded message, ConsumeContext<ItemRecorded> context, CancellationToken cancellationToken)
    {
        probe.Handled.AddOrUpdate(message.EventId, 1, (_, n) => n + 1);
        probe.TraceIds[message.EventId] = Activity.Current?.TraceId.ToString();
        Db.Effects.Add(new Effect { EventId = message.EventId, Consumer = nameof(ItemRecordedConsumer) });
        return Task.CompletedTask;
    }
}

public sealed class FailingConsumer(TestDbContext db, ConsumerProbe probe) : IdempotentConsumer<ItemRejected, TestDbContext>(db)
{
    protected override Task HandleAsync(ItemRejected message, ConsumeContext<ItemRejected> context, CancellationToken cancellationToken)
    {
        probe.Attempts.AddOrUpdate(message.EventId, 1, (_, n) => n + 1);
        Db.Effects.Add(new Effect { EventId = message.EventId, Consumer = nameof(FailingConsumer) });
        if (probe.Failing)
        {
            throw new InvalidOperationException("在庫システムが応答しません (test)");
        }
        return Task.CompletedTask;
    }
}
