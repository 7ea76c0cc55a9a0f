using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>Min–max normalisation, inverted for lower-is-better, peaked at the target for target-is-best.</summary>
internal sealed class MinMaxScoring : IScoringMethod
{
    public string Name => ScoringMethods.MinMax;

    public ScoringResult Score(ScoringArguments arguments)
    {
        decimal min = ScoreMath.Required(arguments.Indicator.Min, "min", arguments.Indicator);
        decimal max = ScoreMath.Required(arguments.Indicator.Max, "max", arguments.Indicator);
        decimal actual = arguments.Actual;
        decimal score;
        switch (arguments.Direction)
        {
            case MetricDirection.LowerIsBetter:
                score = (max - actual) / (max - min);
                break;
            case MetricDirection.TargetIsBest:
                decimal target = ScoreMath.Required(arguments.Indicator.Target, "target", arguments.Indicator);
                score = actual <= target ? (actual - min) / (target - min) : (max - actual) / (max - target);
                break;
            default:
                score = (actual - min) / (max - min);
                break;
        }

        return new ScoringResult(ScoreMath.Clamp01(score));
    }
}
