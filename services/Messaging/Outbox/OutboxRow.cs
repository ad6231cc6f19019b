namespace HoukatsuCare.Messaging.Outbox;

/// <summary>An outbox row as the relay claims it.</summary>
internal sealed record OutboxRow(
    long Sequence, Guid MessageId, string MessageType, string Payload, string AggregateId, DateTimeOffset OccurredAt, string? TraceParent);
