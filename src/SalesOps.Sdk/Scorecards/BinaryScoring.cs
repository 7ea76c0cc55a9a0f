using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>Meets the target (1) or not (0); target-is-best meets it inside [min, max].</summary>
internal sealed class BinaryScoring : IScoringMethod
{
    public string Name => ScoringMethods.Binary;

    public ScoringResult Score(ScoringArguments arguments)
    {
        Indicator indicator = arguments.Indicator;
        decimal actual = arguments.Actual;
        bool met = arguments.Direction switch
        {
            MetricDirection.LowerIsBetter => actual <= ScoreMath.Required(indicator.Target, "target", indicator),
            MetricDirection.TargetIsBest => actual >= ScoreMath.Required(indicator.Min, "min", indicator)
                && actual <= ScoreMath.Required(indicator.Max, "max", indicator),
            _ => actual >= ScoreMath.Required(indicator.Target, "target", indicator),
        };
        return new ScoringResult(met ? 1m : 0m);
    }
}
