namespace HoukatsuCare.Messaging.Outbox;

/// <summary>
/// An integration event stored in the service's own database, in the same transaction as the change
/// that raised it, until the relay has published it.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Insertion order; the relay publishes in this order per aggregate.</summary>
    public long Sequence { get; set; }

    /// <summary>The event's own id, used as the message id so consumers can deduplicate.</summary>
    public Guid MessageId { get; set; }

    /// <summary>Assembly-qualified-free type name, e.g. <c>HoukatsuCare.Contracts.Events.ConsultationCaseOpened</c>.</summary>
    public required string MessageType { get; set; }

    /// <summary>The event as JSON.</summary>
    public required string Payload { get; set; }

    /// <summary>What the event is about (e.g. a case id); events of one aggregate are published in order.</summary>
    public required string AggregateId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>W3C trace context of the request that raised the event, so its consumption joins the same trace.</summary>
    public string? TraceParent { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
