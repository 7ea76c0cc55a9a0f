using BenchmarkDotNet.Running;

// Run all benchmarks:            dotnet run -c Release --project benchmarks/SalesOps.Sdk.Benchmarks -- --filter '*'
// Run one class quickly:         dotnet run -c Release --project benchmarks/SalesOps.Sdk.Benchmarks -- --filter '*Aggregation*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
