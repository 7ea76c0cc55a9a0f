using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// The cost of one stage in one period and what it means: its share of the total stage cost, its cost-to-revenue
/// ratio, its growth on the previous period, and that growth against revenue growth. Each figure is a value or
/// not available with the reason — a missing cost is never 0.
/// </summary>
/// <param name="StageId">The stage.</param>
/// <param name="Cost">The stage's cost in the period.</param>
/// <param name="Share">cost / Σ stage costs; not available unless every stage has a cost.</param>
/// <param name="CostToRevenue">cost / revenue.</param>
/// <param name="CostGrowth">cost / cost of the previous period in the analysis − 1; not available for the first.</param>
/// <param name="GrowthGap">cost growth − revenue growth: positive when the stage's cost grows faster than revenue.</param>
public sealed record StagePeriodCost(
    string StageId,
    MetricValue Cost,
    MetricValue Share,
    MetricValue CostToRevenue,
    MetricValue CostGrowth,
    MetricValue GrowthGap);
