namespace HoukatsuCare.Benchmarks;

internal static class Report
{
    public static void Header() =>
        Console.WriteLine($"{"scenario",-44} {"ops",7} {"ops/s",10} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");

    public static void Print(Comparison comparison)
    {
        Line(comparison.Product);
        Line(comparison.Baseline);
        Console.WriteLine(
            $"{"  ratio product/baseline",-44} {"",7} {comparison.Product.PerSecond / comparison.Baseline.PerSecond,10:0.00}x " +
            $"{comparison.Product.P50Ms / comparison.Baseline.P50Ms,7:0.00}x {comparison.Product.P95Ms / comparison.Baseline.P95Ms,7:0.00}x " +
            $"{comparison.Product.P99Ms / comparison.Baseline.P99Ms,7:0.00}x");
    }

    private static void Line(Measurement m) =>
        Console.WriteLine($"{m.Name,-44} {m.Operations,7} {m.PerSecond,10:0.0} {m.P50Ms,8:0.00} {m.P95Ms,8:0.00} {m.P99Ms,8:0.00}");
}
