using BenchmarkDotNet.Attributes;
using SalesOps.Sdk.Benchmarks.Comparison;
using SalesOps.Sdk.IO;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Benchmarks;

/// <summary>
/// Reading a fact file into a monthly cube: <see cref="CsvFactSource"/> (Sep) and <see cref="ParquetFactSource"/>.
/// The file (1,000,000 rows of the comparison data set: 2,740 SKUs × 365 days, thirteen columns) is written once
/// in a temporary folder by the global setup and deleted by the cleanup.
/// </summary>
[MemoryDiagnoser]
public class FileReadingBenchmarks
{
    private string _folder = string.Empty;
    private string _csv = string.Empty;
    private string _parquet = string.Empty;

    /// <summary>Writes the CSV and Parquet files.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("salesops-bench-").FullName;
        _csv = Path.Combine(_folder, "facts.csv");
        _parquet = Path.Combine(_folder, "facts.parquet");
        ComparisonDataSet data = ComparisonDataSet.Generate(1_000_000);
        FactFileWriter.WriteCsv(data, _csv);
        FactFileWriter.WriteParquet(data, _parquet);
    }

    /// <summary>Deletes the files.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>CSV → cube.</summary>
    [Benchmark]
    public int ReadCsvIntoMonthlyCube() =>
        FactAggregation.FromRows(CsvFactSource.Open(_csv), ReportingCalendars.Gregorian, PeriodGrain.Month).Cells.Length;

    /// <summary>Parquet → cube.</summary>
    [Benchmark]
    public int ReadParquetIntoMonthlyCube() =>
        FactAggregation.FromRows(ParquetFactSource.Open(_parquet), ReportingCalendars.Gregorian, PeriodGrain.Month).Cells.Length;
}
