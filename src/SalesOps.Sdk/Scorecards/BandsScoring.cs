using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Scorecards;

/// <summary>Ordered threshold bands: the first band the actual value reaches gives score and status; none gives 0, red.</summary>
internal sealed class BandsScoring : IScoringMethod
{
    public string Name => ScoringMethods.Bands;

    public ScoringResult Score(ScoringArguments arguments)
    {
        Indicator indicator = arguments.Indicator;
        decimal value = arguments.Direction == MetricDirection.TargetIsBest
            ? Math.Abs(arguments.Actual - ScoreMath.Required(indicator.Target, "target", indicator))
            : arguments.Actual;
        foreach (ScoreBand band in indicator.Thresholds)
        {
            bool reached = arguments.Direction == MetricDirection.HigherIsBetter ? value >= band.At : value <= band.At;
            if (reached)
            {
                return new ScoringResult(band.Score, band.Status);
            }
        }

        return new ScoringResult(0m, ScoreStatus.Red);
    }
}
