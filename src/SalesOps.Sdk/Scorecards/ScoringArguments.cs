using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>What a scoring method scores: the actual value, the indicator and its effective direction.</summary>
/// <param name="Actual">The metric's value for the period.</param>
/// <param name="Indicator">The indicator (baseline, target, bounds, bands).</param>
/// <param name="Direction">The indicator's direction override, or else the metric's direction.</param>
public readonly record struct ScoringArguments(decimal Actual, Indicator Indicator, MetricDirection Direction);
