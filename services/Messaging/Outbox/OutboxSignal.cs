namespace HoukatsuCare.Messaging.Outbox;

/// <summary>
/// Wakes the relay's workers: set by the NOTIFY listener (and by a worker that left rows for the others).
/// Every set advances a generation; a worker remembers the generation it saw before it claimed, so a notification that
/// arrived while it was busy makes its next wait return at once (nothing is missed), and any number of notifications
/// while it was busy count as one (coalesced). A set wakes every waiting worker.
/// </summary>
internal sealed class OutboxSignal
{
    private readonly Lock gate = new();
    private long generation;
    private TaskCompletionSource wake = NewWake();

    public long Generation
    {
        get
        {
            lock (gate)
            {
                return generation;
            }
        }
    }

    public void Set()
    {
        TaskCompletionSource woken;
        lock (gate)
        {
            generation++;
            woken = wake;
            wake = NewWake();
        }
        woken.TrySetResult();
    }

    /// <summary>Returns at once if a signal came after <paramref name="seen"/>, else on the next signal or the timeout.</summary>
    public async Task WaitAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Task woken;
        lock (gate)
        {
            if (generation != seen)
            {
                return;
            }
            woken = wake.Task;
        }
        try
        {
            await woken.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // the fallback poll
        }
    }

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
