using System.Collections.Immutable;
using System.Text.Json.Serialization;
using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// A key performance indicator of an objective: a metric with its weight, baseline, target, optional bounds and
/// bands, and the scoring method that turns its value into a score in [0, 1].
/// </summary>
/// <remarks>
/// Immutable; change a copy with <c>with</c> (e.g. <c>indicator with { Target = 0.45m }</c>). The direction is the
/// metric's (<see cref="MetricDefinition.Direction"/>) unless <see cref="Direction"/> overrides it. Which fields a
/// method needs is documented on <see cref="ScoringMethods"/>.
/// </remarks>
public sealed record Indicator
{
    /// <summary>The metric id (see the KPI catalog).</summary>
    [JsonPropertyName("metric")]
    public required string Metric { get; init; }

    /// <summary>The weight within the objective (positive; default 1).</summary>
    [JsonPropertyName("weight")]
    public decimal Weight { get; init; } = 1m;

    /// <summary>
    /// The starting point: the value that scores 0 with <c>linear</c> scoring (for target-is-best, any value at the
    /// same distance from the target).
    /// </summary>
    [JsonPropertyName("baseline")]
    public decimal? Baseline { get; init; }

    /// <summary>The value that scores 1.</summary>
    [JsonPropertyName("target")]
    public decimal? Target { get; init; }

    /// <summary>The lower bound (for <c>min_max</c>, and <c>binary</c> with target-is-best).</summary>
    [JsonPropertyName("min")]
    public decimal? Min { get; init; }

    /// <summary>The upper bound (for <c>min_max</c>, and <c>binary</c> with target-is-best).</summary>
    [JsonPropertyName("max")]
    public decimal? Max { get; init; }

    /// <summary>The ordered threshold rules of the <c>bands</c> method.</summary>
    [JsonPropertyName("thresholds")]
    public ImmutableArray<ScoreBand> Thresholds { get; init; } = [];

    /// <summary>The scoring method name: <c>linear</c> (default), <c>min_max</c>, <c>bands</c>, <c>binary</c> or a registered custom one.</summary>
    [JsonPropertyName("scoring")]
    public string Scoring { get; init; } = ScoringMethods.Linear;

    /// <summary>Overrides the metric's direction; null uses the metric's.</summary>
    [JsonPropertyName("direction")]
    public MetricDirection? Direction { get; init; }
}
