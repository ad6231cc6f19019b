using System.Collections.Concurrent;

namespace HoukatsuCare.Messaging.Operations;

/// <summary>The receive queues of this host (filled while MassTransit configures its endpoints); each has an <c>_error</c> queue.</summary>
public sealed class ErrorQueueRegistry
{
    public const string ErrorSuffix = "_error";

    private readonly ConcurrentDictionary<string, byte> queues = new(StringComparer.Ordinal);

    /// <summary>False when the queue was already known.</summary>
    public bool Add(string queue) => queues.TryAdd(queue, 0);

    public IReadOnlyList<string> Queues => queues.Keys.Order(StringComparer.Ordinal).ToList();

    public bool Contains(string queue) => queues.ContainsKey(queue);
}
