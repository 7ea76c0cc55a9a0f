using System.Collections.Immutable;

namespace SalesOps.Sdk.Scorecards;

/// <summary>An objective scored for one period: Σ weight × score / Σ weight over its indicators that have a score.</summary>
/// <remarks>Immutable.</remarks>
public sealed record ObjectiveEvaluation
{
    internal ObjectiveEvaluation()
    {
    }

    /// <summary>The objective as defined.</summary>
    public required Objective Objective { get; init; }

    /// <summary>The objective id.</summary>
    public string Id => Objective.Id;

    /// <summary>The weight within its perspective.</summary>
    public decimal Weight => Objective.Weight;

    /// <summary>The score in [0, 1], or null when no indicator has a score.</summary>
    public decimal? Score { get; init; }

    /// <summary>The status of the score, or null without a score.</summary>
    public ScoreStatus? Status { get; init; }

    /// <summary>The score of the previous period, or null.</summary>
    public decimal? PreviousScore { get; init; }

    /// <summary>Score minus the previous period's score; null when either is missing.</summary>
    public decimal? Trend => Score - PreviousScore;

    /// <summary>Why there is no score; null otherwise.</summary>
    public string? Note { get; init; }

    /// <summary>The indicators, in definition order.</summary>
    public required ImmutableArray<IndicatorEvaluation> Indicators { get; init; }
}
