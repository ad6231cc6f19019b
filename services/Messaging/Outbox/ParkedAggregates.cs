using System.Collections.Concurrent;

namespace HoukatsuCare.Messaging.Outbox;

/// <summary>
/// Aggregates whose oldest undelivered row failed to publish, each with its own retry time (doubling from
/// <c>MinBackoff</c> to <c>MaxBackoff</c>). The claim leaves a parked aggregate's rows alone until its retry is due, so a
/// row that cannot be published, however many rows pile up behind it, never fills the batch and stalls the others.
/// Kept in memory per relay: another instance or a restart learns it again from one failed attempt.
/// </summary>
internal sealed class ParkedAggregates(TimeSpan minBackoff, TimeSpan maxBackoff, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Park> parked = new(StringComparer.Ordinal);

    private sealed record Park(DateTimeOffset Due, TimeSpan Backoff);

    public void Failed(string aggregateId)
    {
        var now = clock.GetUtcNow();
        parked.AddOrUpdate(
            aggregateId,
            _ => new Park(now + minBackoff, minBackoff),
            (_, park) =>
            {
                var backoff = TimeSpan.FromTicks(Math.Min(park.Backoff.Ticks * 2, maxBackoff.Ticks));
                return new Park(now + backoff, backoff);
            });
    }

    public void Delivered(string aggregateId) => parked.TryRemove(aggregateId, out _);

    /// <summary>The aggregates the claim must skip now.</summary>
    public string[] NotDue()
    {
        var now = clock.GetUtcNow();
        return parked.Where(p => p.Value.Due > now).Select(p => p.Key).ToArray();
    }

    /// <summary>How long until the next parked aggregate may be retried, if one is waiting.</summary>
    public TimeSpan? UntilNextDue()
    {
        var now = clock.GetUtcNow();
        var waiting = parked.Values.Where(p => p.Due > now).Select(p => p.Due).DefaultIfEmpty().Min();
        return waiting == default ? null : waiting - now;
    }
}
