using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Balance;

/// <summary>Silo friction: forecasts persistently off actual demand, one way, or wildly off.</summary>
internal sealed class SiloFrictionRule : IBalanceRule
{
    private const int TrackingWindow = 6;

    public string Id => "silo_friction";

    public IEnumerable<BalanceFinding> Evaluate(BalanceRuleContext context)
    {
        BalanceThresholds t = context.Thresholds;
        IReadOnlyList<MetricResult> bias = context.Series("forecast_bias");
        decimal[] biases = [.. bias.Where(b => b.IsAvailable).Select(b => b.Value!.Value)];
        if (biases.Length == 0)
        {
            yield break;
        }

        int over = biases.Count(b => b > t.BiasBand);
        int under = biases.Count(b => b < -t.BiasBand);
        int dominant = Math.Max(over, under);
        bool persistent = dominant >= t.BiasPersistence * biases.Length;
        decimal meanBias = biases.Average();

        // A breach counts when it is sustained (the last two periods, same side) and the errors behind it are material.
        IReadOnlyList<MetricResult> signal = context.Series("tracking_signal");
        MetricResult? latestSignal = signal.Count > 0 ? signal[^1] : null;
        MetricResult? previousSignal = signal.Count > 1 ? signal[^2] : null;
        decimal? windowBias = WindowBias(context);
        bool signalBreach = latestSignal?.Value is { } ts && Math.Abs(ts) > t.TrackingSignalLimit
            && previousSignal?.Value is { } before && Math.Abs(before) > t.TrackingSignalLimit && Math.Sign(before) == Math.Sign(ts)
            && windowBias is { } wb && Math.Abs(wb) >= t.TrackingSignalMinimumBias;

        MetricComparison wape = context.Compare("wape");
        bool wapeHigh = wape.After >= t.HighWape;
        if (!(persistent || signalBreach || wapeHigh))
        {
            yield break;
        }

        MetricComparison biasComparison = context.Compare("forecast_bias");
        var evidence = new List<FindingEvidence>();
        if (persistent)
        {
            evidence.Add(biasComparison.ToEvidence(
                $"|bias| > {BalanceRules.Percent(t.BiasBand)} one way in ≥ {BalanceRules.Percent(t.BiasPersistence)} of periods ({dominant} of {biases.Length})"));
        }

        if (signalBreach)
        {
            evidence.Add(new FindingEvidence(
                "tracking_signal",
                BalanceRuleContext.Label(context.EarlierPeriods),
                BalanceRuleContext.Label(context.LaterPeriods),
                null,
                latestSignal!.Value,
                $"|tracking signal| > {t.TrackingSignalLimit} in the last two periods, with |bias| ≥ {BalanceRules.Percent(t.TrackingSignalMinimumBias)} over the last {TrackingWindow} periods",
                $"tracking_signal is {latestSignal.Value:0.##} in {latestSignal.Period.Label}"));
        }

        if (wapeHigh)
        {
            evidence.Add(wape.ToEvidence($"recent WAPE ≥ {BalanceRules.Percent(t.HighWape)}"));
        }

        string direction = meanBias >= 0 ? "above" : "below";
        bool severe = persistent && (Math.Abs(meanBias) >= 2m * t.BiasBand || wapeHigh);
        yield return new BalanceFinding(
            Id,
            severe ? FindingSeverity.Critical : FindingSeverity.Warning,
            "Silo friction: sales forecasts and actual demand disagree",
            persistent
                ? $"Sales forecasts ran {BalanceRules.Percent(Math.Abs(meanBias))} {direction} actual demand on average, the same way in {dominant} of {biases.Length} periods. "
                  + "Operations plan from numbers sales does not deliver, and each side blames the other."
                : "Forecast error is large or drifting one way: sales and operations are not planning from the same numbers.",
            [.. evidence],
            [
                "Hold one consensus plan in a cross-functional S&OP meeting: sales, operations and finance sign off the same demand and supply numbers.",
                "Share one KPI catalog with an owner per KPI, so both sides argue from the same figures.",
                "Track forecast value added per input and remove overrides that make the forecast worse.",
                "Bring market feedback to operations early: promotions, launches and lost sales enter the plan before they happen.",
            ],
            ["marketing_sales", "inbound_logistics", "operations"]);
    }

    /// <summary>Σ forecast error / Σ units sold over the last periods of the tracking window.</summary>
    private static decimal? WindowBias(BalanceRuleContext context)
    {
        IReadOnlyList<MetricResult> errors = context.Series("forecast_error");
        IReadOnlyList<MetricResult> units = context.Series("units_sold");
        decimal error = 0m;
        decimal sold = 0m;
        for (int i = Math.Max(0, errors.Count - TrackingWindow); i < errors.Count && i < units.Count; i++)
        {
            if (errors[i].Value is not { } e || units[i].Value is not { } u)
            {
                return null;
            }

            error += e;
            sold += u;
        }

        return sold == 0m ? null : error / sold;
    }
}
