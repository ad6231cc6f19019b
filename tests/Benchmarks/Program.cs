using HoukatsuCare.Benchmarks;

// dotnet run -c Release --project tests/Benchmarks -- [scenario ...] [--operations N] [--concurrency N]
// Needs HOUKATSU_TEST_POSTGRES / HOUKATSU_TEST_RABBITMQ, as the tests do: eval "$(scripts/infra.sh start)".
// every IScenario in this assembly is a scenario: a capability adds its file, nothing else changes
var scenarios = typeof(IScenario).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IScenario)))
    .Select(t => (IScenario)Activator.CreateInstance(t)!)
    .OrderBy(s => s.Name)
    .ToList();

var names = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
var options = new BenchmarkOptions(Option("--operations", 2000), Option("--concurrency", 8));
var selected = scenarios.Where(s => names.Count == 0 || names.Contains(s.Name)).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"unknown scenario; choose from: {string.Join(", ", scenarios.Select(s => s.Name))}");
    return 2;
}

Console.WriteLine($"HoukatsuCare benchmarks — {Environment.ProcessorCount} cores, {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}, operations={options.Operations}, concurrency={options.Concurrency}");
Report.Header();
foreach (var scenario in selected)
{
    Console.WriteLine($"# {scenario.Name}: {scenario.Description}");
    foreach (var comparison in await scenario.RunAsync(options, CancellationToken.None))
    {
        Report.Print(comparison);
    }
}
return 0;

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
}
