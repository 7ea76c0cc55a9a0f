using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>Linear progress from baseline (0) to target (1), clamped; target-is-best by distance from the target.</summary>
internal sealed class LinearScoring : IScoringMethod
{
    public string Name => ScoringMethods.Linear;

    public ScoringResult Score(ScoringArguments arguments)
    {
        decimal baseline = ScoreMath.Required(arguments.Indicator.Baseline, "baseline", arguments.Indicator);
        decimal target = ScoreMath.Required(arguments.Indicator.Target, "target", arguments.Indicator);
        decimal actual = arguments.Actual;
        decimal score = arguments.Direction == MetricDirection.TargetIsBest
            ? 1m - (Math.Abs(actual - target) / Math.Abs(baseline - target))
            : (actual - baseline) / (target - baseline);
        return new ScoringResult(ScoreMath.Clamp01(score));
    }
}
