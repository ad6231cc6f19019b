namespace HoukatsuCare.Benchmarks;

/// <summary>
/// One capability measured beside its baseline in the same run: the product path and the rawest
/// way to do the same work on the same servers (direct call, raw Npgsql, raw RabbitMQ.Client).
/// </summary>
public interface IScenario
{
    /// <summary>Name used on the command line, e.g. <c>outbox</c>.</summary>
    string Name { get; }

    string Description { get; }

    Task<IReadOnlyList<Comparison>> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken);
}

/// <summary>Scale knobs shared by every scenario (<c>--operations</c>, <c>--concurrency</c>).</summary>
public sealed record BenchmarkOptions(int Operations, int Concurrency);

/// <summary>A product measurement and the baseline it is judged against.</summary>
public sealed record Comparison(Measurement Product, Measurement Baseline);
