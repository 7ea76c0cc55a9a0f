using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Scorecards;
using SalesOps.Sdk.Tests.Metrics;

namespace SalesOps.Sdk.Tests.Scorecards;

/// <summary>
/// Hand-computable scorecard inputs: four test metrics over custom measures (<c>kpi_up</c> higher-is-better,
/// <c>kpi_down</c> lower-is-better, <c>kpi_mid</c> target-is-best, <c>kpi_missing</c> whose measure is never in the
/// data) and monthly cubes with one row per month.
/// </summary>
internal static class ScorecardTestData
{
    public static MetricCatalog Catalog { get; } = MetricCatalog.Standard.With(
    [
        Simple("kpi_up", "up", MetricDirection.HigherIsBetter, "marketing_sales"),
        Simple("kpi_down", "down", MetricDirection.LowerIsBetter, "operations"),
        Simple("kpi_mid", "mid", MetricDirection.TargetIsBest, "inbound_logistics"),
        Simple("kpi_missing", "missing", MetricDirection.HigherIsBetter, "service"),
    ]);

    /// <summary>One row per month: (month "2024-01", up, down, mid).</summary>
    public static FactCube Cube(params (string Month, decimal Up, decimal Down, decimal Mid)[] months) =>
        MetricTestData.Cube(["up", "down", "mid"], [.. months.Select(m => new TestRow(m.Month + "-15", "A", m.Up, m.Down, m.Mid))]);

    public static Indicator Linear(string metric, decimal baseline, decimal target, decimal weight = 1m) =>
        new() { Metric = metric, Baseline = baseline, Target = target, Weight = weight };

    public static Objective Objective(string id, string perspective, decimal weight, params Indicator[] indicators) =>
        new() { Id = id, Name = id, Perspective = perspective, Weight = weight, Indicators = [.. indicators] };

    public static StrategyLink Link(string cause, string effect) => new() { Cause = cause, Effect = effect };

    /// <summary>A small valid definition using the test metrics.</summary>
    public static ScorecardDefinition Valid() => new()
    {
        Id = "test",
        Name = "Test card",
        Objectives =
        [
            Objective("f1", Perspective.FinancialId, 1m, Linear("kpi_up", 0m, 100m)),
            Objective("c1", Perspective.CustomerId, 1m, Linear("kpi_down", 50m, 10m)),
        ],
        StrategyMap = [Link("c1", "f1")],
    };

    private static IMetric Simple(string id, string measure, MetricDirection direction, string stage) =>
        Metric.Simple(new MetricDefinition(id, id, MeasureUnit.Count, direction, BusinessFunction.Operations, "Σ " + measure) { Stage = stage }, measure);
}
