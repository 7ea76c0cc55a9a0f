using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Metrics;

/// <summary>The results of the requested metrics for one period and segment, in the requested order.</summary>
/// <param name="Period">The period.</param>
/// <param name="Segment">The segment.</param>
/// <param name="Results">One result per requested metric.</param>
public sealed record MetricResultRow(ReportingPeriod Period, Segment Segment, ImmutableArray<MetricResult> Results)
{
    /// <summary>The result of a metric in this row.</summary>
    /// <exception cref="KeyNotFoundException">The metric was not requested.</exception>
    public MetricResult this[string metricId] =>
        Results.FirstOrDefault(r => r.MetricId == metricId)
        ?? throw new KeyNotFoundException($"Metric '{metricId}' is not among the evaluated metrics.");
}
