using System.Diagnostics.Metrics;

namespace HoukatsuCare.Messaging.Operations;

/// <summary>
/// Meter <c>HoukatsuCare.Messaging</c> (exported by ServiceDefaults with the other <c>HoukatsuCare.*</c> meters):
/// outbox backlog, oldest undelivered age and error-queue depth as gauges of the latest sample, and a published counter.
/// </summary>
public sealed class MessagingMetrics
{
    private readonly Counter<long> published;
    private MessagingSample latest = MessagingSample.Empty;

    public MessagingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MessagingTelemetry.Name);
        published = meter.CreateCounter<long>("houkatsu.outbox.published", "{event}", "Events the outbox relay published (broker-confirmed)");
        meter.CreateObservableGauge("houkatsu.outbox.backlog", () => latest.Backlog, "{event}", "Stored events not yet published");
        meter.CreateObservableGauge("houkatsu.outbox.oldest_undelivered_age", () => latest.OldestUndeliveredAge.TotalSeconds, "s",
            "Age of the oldest stored event not yet published (0 when none)");
        meter.CreateObservableGauge("houkatsu.messaging.error_queue.depth", () => latest.ErrorQueueDepth ?? 0, "{message}",
            "Messages waiting in this service's _error queues");
    }

    public MessagingSample Latest => latest;

    public void RecordPublished(int count)
    {
        if (count > 0)
        {
            published.Add(count);
        }
    }

    public void Update(MessagingSample sample) => latest = sample;
}

/// <summary>One look at the messaging state; <see cref="ErrorQueueDepth"/> is null when the broker could not be asked.</summary>
public sealed record MessagingSample(long Backlog, TimeSpan OldestUndeliveredAge, long? ErrorQueueDepth, DateTimeOffset SampledAt)
{
    public static readonly MessagingSample Empty = new(0, TimeSpan.Zero, null, DateTimeOffset.MinValue);
}
