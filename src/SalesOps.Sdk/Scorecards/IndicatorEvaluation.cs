using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>An indicator scored for one period: the metric's value, the score, the status, the trend, or why there is no score.</summary>
/// <remarks>Immutable. An indicator without a value has a null <see cref="Score"/> and a <see cref="Note"/>; it is left out of the roll-up, never counted as zero.</remarks>
public sealed record IndicatorEvaluation
{
    internal IndicatorEvaluation()
    {
    }

    /// <summary>The indicator as defined.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>The metric's definition (owner, perspective, value-chain stage).</summary>
    public required MetricDefinition Metric { get; init; }

    /// <summary>The metric id.</summary>
    public string MetricId => Metric.Id;

    /// <summary>The metric's value-chain stage id, if any.</summary>
    public string? Stage => Metric.Stage;

    /// <summary>The id of the objective it belongs to.</summary>
    public required string ObjectiveId { get; init; }

    /// <summary>The id of the objective's perspective.</summary>
    public required string PerspectiveId { get; init; }

    /// <summary>The effective direction (the indicator's override or the metric's).</summary>
    public required MetricDirection Direction { get; init; }

    /// <summary>The weight within the objective.</summary>
    public decimal Weight => Indicator.Weight;

    /// <summary>The metric's value for the period, or null when not available.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The score in [0, 1], or null when there is no value (or scoring failed; see <see cref="Note"/>).</summary>
    public decimal? Score { get; init; }

    /// <summary>The status of the score, or null without a score.</summary>
    public ScoreStatus? Status { get; init; }

    /// <summary>The score of the previous period, or null.</summary>
    public decimal? PreviousScore { get; init; }

    /// <summary>Score minus the previous period's score; null when either is missing.</summary>
    public decimal? Trend => Score - PreviousScore;

    /// <summary>Why there is no score (or what to know about it); null when there is nothing to say.</summary>
    public string? Note { get; init; }
}
