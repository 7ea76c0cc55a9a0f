namespace SalesOps.Sdk.Metrics;

/// <summary>Which way is good for a metric.</summary>
public enum MetricDirection
{
    /// <summary>More is better (revenue, fill rate).</summary>
    HigherIsBetter,

    /// <summary>Less is better (stockout rate, WAPE, cost ratio).</summary>
    LowerIsBetter,

    /// <summary>Closest to a target is best (days of supply, forecast bias).</summary>
    TargetIsBest,
}
