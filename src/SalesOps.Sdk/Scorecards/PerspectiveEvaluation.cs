using System.Collections.Immutable;

namespace SalesOps.Sdk.Scorecards;

/// <summary>A perspective scored for one period: the objective-weighted mean of its objectives that have a score.</summary>
/// <remarks>Immutable.</remarks>
public sealed record PerspectiveEvaluation
{
    internal PerspectiveEvaluation()
    {
    }

    /// <summary>The perspective (id, name, weight).</summary>
    public required Perspective Perspective { get; init; }

    /// <summary>The perspective id.</summary>
    public string Id => Perspective.Id;

    /// <summary>The weight in the overall score.</summary>
    public decimal Weight => Perspective.Weight;

    /// <summary>The score in [0, 1], or null when no objective has a score.</summary>
    public decimal? Score { get; init; }

    /// <summary>The status of the score, or null without a score.</summary>
    public ScoreStatus? Status { get; init; }

    /// <summary>The score of the previous period, or null.</summary>
    public decimal? PreviousScore { get; init; }

    /// <summary>Score minus the previous period's score; null when either is missing.</summary>
    public decimal? Trend => Score - PreviousScore;

    /// <summary>Why there is no score; null otherwise.</summary>
    public string? Note { get; init; }

    /// <summary>The objectives of the perspective, in definition order.</summary>
    public required ImmutableArray<ObjectiveEvaluation> Objectives { get; init; }
}
