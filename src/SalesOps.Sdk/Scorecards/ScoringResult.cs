namespace SalesOps.Sdk.Scorecards;

/// <summary>What a scoring method gives: a score in [0, 1] and, optionally, the status it implies.</summary>
/// <param name="Score">The score in [0, 1].</param>
/// <param name="Status">The status, or null to let the scorecard's <see cref="StatusThresholds"/> decide.</param>
public readonly record struct ScoringResult(decimal Score, ScoreStatus? Status = null);
