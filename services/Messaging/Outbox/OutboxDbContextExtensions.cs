using System.Diagnostics;
using System.Text.Json;
using HoukatsuCare.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace HoukatsuCare.Messaging.Outbox;

public static class OutboxDbContextExtensions
{
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Raises an integration event inside the current unit of work: it is stored by the next
    /// <c>SaveChanges</c>, in the same transaction as the change, and published afterwards by the relay.
    /// </summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent, string aggregateId)
        where TEvent : IntegrationEvent
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = integrationEvent.EventId,
            MessageType = typeof(TEvent).FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, JsonOptions),
            AggregateId = aggregateId,
            OccurredAt = integrationEvent.OccurredAt,
            TraceParent = Activity.Current?.Id,
        });
    }
}
