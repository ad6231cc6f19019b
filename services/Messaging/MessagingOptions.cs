namespace HoukatsuCare.Messaging;

/// <summary>Configuration section <c>Messaging</c>. Defaults suit production; tests shorten the intervals.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Prefix for this host's queue names (isolates test runs on a shared broker); empty in production.</summary>
    public string? EndpointPrefix { get; set; }

    /// <summary>
    /// Waits between consume attempts of a failing message before it goes to the <c>_error</c> queue
    /// (<c>Messaging:RetryIntervals:0</c>, <c>:1</c>...); unset means <see cref="DefaultRetryIntervals"/>.
    /// Not initialised here: the configuration binder appends to an array it finds.
    /// </summary>
    public TimeSpan[]? RetryIntervals { get; set; }

    public static readonly TimeSpan[] DefaultRetryIntervals = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    public OutboxRelayOptions Relay { get; set; } = new();

    /// <summary>How long an inbox row is kept: a duplicate arriving later than this would be processed again.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>/health is Degraded when the oldest undelivered outbox row is older than this.</summary>
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often backlog, oldest age and error-queue depth are sampled for the metrics.</summary>
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromSeconds(15);
}

public sealed class OutboxRelayOptions
{
    /// <summary>Off in a host that must only write (e.g. a migration job); every service instance may run it safely.</summary>
    public bool Enabled { get; set; } = true;

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Claim-and-publish loops per instance: while one batch waits for its publisher confirms, another claims the rows
    /// committed meanwhile. Row locks keep them (and other instances) from publishing a row twice. Worth raising only
    /// where the relay waits on a distant broker or database; on a CPU-bound host more loops only add claims
    /// (docs/performance.md).
    /// </summary>
    public int Workers { get; set; } = 1;

    /// <summary>Fallback poll when no NOTIFY arrives (a lost listener connection, rows from another writer).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait after a failed publish; doubles up to <see cref="MaxBackoff"/> while the broker is away.</summary>
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one batch may wait for the broker's confirms before it counts as failed.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Published rows are deleted after this.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromMinutes(10);
}
