using BenchmarkDotNet.Running;
using SalesOps.Sdk.Benchmarks.Comparison;

// Run all benchmarks:            dotnet run -c Release --project benchmarks/SalesOps.Sdk.Benchmarks -- --filter '*'
// Run one class quickly:         dotnet run -c Release --project benchmarks/SalesOps.Sdk.Benchmarks -- --filter '*Aggregation*' --job short
// Side-by-side comparison:       dotnet run -c Release --project benchmarks/SalesOps.Sdk.Benchmarks -- compare --rows 10000000 --threads 2 --json compare.json
// CSV helpers for compare-csv.sh: generate-csv, duckdb-csv, check-kpis (see docs/performance.md)
return args.Length > 0 && args[0] == "compare" ? CompareCommand.Run(args)
    : args.Length > 0 && CsvCommands.Handles(args[0]) ? CsvCommands.Run(args)
    : RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
}
