using System.Diagnostics;

namespace HoukatsuCare.Benchmarks;

/// <summary>Throughput and latency percentiles of one measured loop.</summary>
public sealed record Measurement(string Name, int Operations, TimeSpan Elapsed, double P50Ms, double P95Ms, double P99Ms)
{
    public double PerSecond => Operations / Elapsed.TotalSeconds;

    public static Measurement From(string name, TimeSpan elapsed, IReadOnlyList<double> latenciesMs)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new Measurement(name, sorted.Length, elapsed, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
    }

    /// <summary>
    /// Runs <paramref name="operation"/> <paramref name="count"/> times on <paramref name="concurrency"/> workers,
    /// timing each call.
    /// </summary>
    public static async Task<Measurement> RunAsync(string name, int count, int concurrency, Func<int, Task> operation)
    {
        var latencies = new double[count];
        var next = -1;
        var total = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                await operation(i);
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        });
        await Task.WhenAll(workers);
        total.Stop();
        return From(name, total.Elapsed, latencies);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
