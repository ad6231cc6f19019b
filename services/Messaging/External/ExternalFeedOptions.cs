namespace HoukatsuCare.Messaging.External;

/// <summary>
/// Configuration section <c>ExternalFeed</c>: the exchange outside subscribers read and their provisioned queues, e.g.
/// <c>ExternalFeed:Subscribers:ishikai:Bindings:0 = meetings.#</c> gives the 医師会 the durable queue
/// <c>houkatsu.external.ishikai</c> bound to every meeting event.
/// </summary>
public sealed class ExternalFeedOptions
{
    public const string Section = "ExternalFeed";

    public string Exchange { get; set; } = "houkatsu.external";

    /// <summary>CloudEvents <c>source</c>; defaults to <c>/houkatsucare/{service}</c>.</summary>
    public string? Source { get; set; }

    public Dictionary<string, ExternalSubscriber> Subscribers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string QueueName(string subscriber) => Subscribers.TryGetValue(subscriber, out var s) && !string.IsNullOrWhiteSpace(s.Queue)
        ? s.Queue
        : $"{Exchange}.{subscriber}";
}

public sealed class ExternalSubscriber
{
    /// <summary>Queue name; defaults to <c>{exchange}.{subscriber}</c>.</summary>
    public string? Queue { get; set; }

    /// <summary>Topic patterns, e.g. <c>meetings.#</c> or <c>meetings.meeting.*</c>.</summary>
    public List<string> Bindings { get; set; } = [];
}
