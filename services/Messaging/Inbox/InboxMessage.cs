namespace HoukatsuCare.Messaging.Inbox;

/// <summary>
/// A message one consumer has already handled, written in the same transaction as the consumer's own changes:
/// a redelivery finds it and has no effect.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    /// <summary>The consumer's name: one message may be handled once by each of several consumers.</summary>
    public required string Consumer { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
