using BenchmarkDotNet.Attributes;
using SalesOps.Sdk.Balance;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Scorecards;

namespace SalesOps.Sdk.Benchmarks;

/// <summary>
/// Everything after aggregation, on cubes built once in the global setup: the KPI pack for 10,000 segments × 24
/// months (240,000 cells), the retail scorecard and the sales-versus-operations diagnosis on 1,000 SKUs × 24 months.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private readonly MetricEngine _engine = new(MetricCatalog.Standard);
    private readonly ScorecardEvaluator _scorecard = new(ScorecardPresets.Retail);
    private readonly BalanceAnalyzer _analyzer = new(new MetricEngine(MetricCatalog.Standard));
    private FactCube _segments = null!;
    private FactCube _business = null!;

    /// <summary>Builds the cubes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _segments = CubeFixture.Build(segments: 10_000, months: 24);
        _business = CubeFixture.Build(segments: 1_000, months: 24);
    }

    /// <summary>The 18 KPIs of the pack for every segment × period: 240,000 cells (no row objects are made).</summary>
    [Benchmark]
    public int KpiPack10000Segments24Periods() => _engine.Evaluate(_segments, StandardMetrics.KpiPack).Cube.Cells.Length;

    /// <summary>The same, then every value read through <see cref="MetricResultSet.Column"/>: no object per cell.</summary>
    [Benchmark]
    public int KpiPack10000Segments24PeriodsReadAllColumns()
    {
        MetricResultSet results = _engine.Evaluate(_segments, StandardMetrics.KpiPack);
        int available = 0;
        foreach (MetricDefinition metric in results.Metrics)
        {
            // Every value read (its scale, so the loop is not removed), and which rows have one.
            MetricColumn column = results.Column(metric.Id);
            available += column.Count - column.MissingCount;
            foreach (decimal value in column.Values)
            {
                available += value.Scale >> 8; // always 0: a scale is at most 28
            }
        }

        return available;
    }

    /// <summary>
    /// The same, then every value read through the rows (which are made, with their result objects, on first access):
    /// what a caller that reads all the results one object at a time pays.
    /// </summary>
    [Benchmark]
    public int KpiPack10000Segments24PeriodsReadAll()
    {
        int available = 0;
        foreach (MetricResultRow row in _engine.Evaluate(_segments, StandardMetrics.KpiPack).Rows)
        {
            foreach (MetricResult result in row.Results)
            {
                available += result.Value is null ? 0 : 1;
            }
        }

        return available;
    }

    /// <summary>The retail balanced scorecard on the total of the latest month (its metrics over all 24 months).</summary>
    [Benchmark]
    public decimal? RetailScorecard() => _scorecard.Evaluate(_business).Score;

    /// <summary>The diagnosis: sales momentum, operational health, balance index and findings over 24 months.</summary>
    [Benchmark]
    public int Diagnosis() => _analyzer.Diagnose(_business).Findings.Length;
}
