using System.Collections.Immutable;
using SalesOps.Sdk.Metrics;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// The value chain of one period: revenue, the cost of every stage, the total, and Porter's margin
/// (revenue − Σ stage costs).
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Revenue">The period's revenue (the <c>revenue</c> metric).</param>
/// <param name="RevenueGrowth">revenue / revenue of the previous period in the analysis − 1; not available for the first.</param>
/// <param name="TotalCost">Σ stage costs; not available (with the stages lacking a cost) unless every stage has one.</param>
/// <param name="Margin">Porter's margin: revenue − Σ stage costs.</param>
/// <param name="MarginRate">margin / revenue.</param>
/// <param name="Stages">One entry per stage, in the order of <see cref="ValueChainOptions.Stages"/>.</param>
public sealed record ValueChainPeriod(
    ReportingPeriod Period,
    MetricValue Revenue,
    MetricValue RevenueGrowth,
    MetricValue TotalCost,
    MetricValue Margin,
    MetricValue MarginRate,
    ImmutableArray<StagePeriodCost> Stages)
{
    /// <summary>The cost entry of a stage.</summary>
    /// <exception cref="KeyNotFoundException">The stage is not in the analysis.</exception>
    public StagePeriodCost this[string stageId] =>
        Stages.FirstOrDefault(s => s.StageId == stageId)
        ?? throw new KeyNotFoundException($"Stage '{stageId}' is not in the analysis; stages: {string.Join(", ", Stages.Select(s => s.StageId))}.");
}
