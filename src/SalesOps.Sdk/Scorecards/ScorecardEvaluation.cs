using System.Collections.Immutable;
using SalesOps.Sdk.Measures;
using SalesOps.Sdk.Periods;

namespace SalesOps.Sdk.Scorecards;

/// <summary>
/// A scorecard evaluated for one period and segment: the overall score, each perspective, objective and indicator
/// with score, status and trend, the strategy-map findings, and notes on what was left out.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScorecardEvaluation
{
    internal ScorecardEvaluation()
    {
    }

    /// <summary>The definition evaluated.</summary>
    public required ScorecardDefinition Definition { get; init; }

    /// <summary>The period evaluated.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The previous period the trends compare with, or null when the data has none.</summary>
    public ReportingPeriod? PreviousPeriod { get; init; }

    /// <summary>The segment evaluated (the total unless another was asked for).</summary>
    public required Segment Segment { get; init; }

    /// <summary>The overall score in [0, 1]: the perspective-weighted mean of the perspectives that have a score; null when none has.</summary>
    public decimal? Score { get; init; }

    /// <summary>The status of the overall score, or null without a score.</summary>
    public ScoreStatus? Status { get; init; }

    /// <summary>The overall score of the previous period, or null.</summary>
    public decimal? PreviousScore { get; init; }

    /// <summary>Score minus the previous period's score; null when either is missing.</summary>
    public decimal? Trend => Score - PreviousScore;

    /// <summary>The perspectives: the built-in four, then any added, each with its objectives.</summary>
    public required ImmutableArray<PerspectiveEvaluation> Perspectives { get; init; }

    /// <summary>Broken linkages and early warnings found on the strategy map.</summary>
    public required ImmutableArray<StrategyMapFinding> StrategyMapFindings { get; init; }

    /// <summary>What was left out of the roll-up and why (indicators without a value, objectives and perspectives without a score).</summary>
    public required ImmutableArray<string> Notes { get; init; }

    /// <summary>Every objective, in perspective then definition order.</summary>
    public IEnumerable<ObjectiveEvaluation> Objectives => Perspectives.SelectMany(p => p.Objectives);

    /// <summary>Every indicator, in perspective, objective and definition order.</summary>
    public IEnumerable<IndicatorEvaluation> Indicators => Objectives.SelectMany(o => o.Indicators);

    /// <summary>The evaluation of an objective.</summary>
    /// <param name="objectiveId">The objective id.</param>
    /// <returns>The objective's evaluation.</returns>
    /// <exception cref="KeyNotFoundException">The scorecard has no such objective.</exception>
    public ObjectiveEvaluation Objective(string objectiveId) =>
        Objectives.FirstOrDefault(o => o.Id == objectiveId)
        ?? throw new KeyNotFoundException($"Scorecard '{Definition.Id}' has no objective '{objectiveId}'.");

    /// <summary>The evaluation of a perspective.</summary>
    /// <param name="perspectiveId">The perspective id.</param>
    /// <returns>The perspective's evaluation.</returns>
    /// <exception cref="KeyNotFoundException">The scorecard has no such perspective.</exception>
    public PerspectiveEvaluation Perspective(string perspectiveId) =>
        Perspectives.FirstOrDefault(p => p.Id == perspectiveId)
        ?? throw new KeyNotFoundException($"Scorecard '{Definition.Id}' has no perspective '{perspectiveId}'.");
}
