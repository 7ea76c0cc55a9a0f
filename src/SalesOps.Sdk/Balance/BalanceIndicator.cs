namespace SalesOps.Sdk.Balance;

/// <summary>
/// One KPI feeding the sales-momentum or operational-health score, with how it is normalised to [0, 1].
/// </summary>
/// <remarks>
/// Linear normalisation: the value <see cref="Worst"/> scores 0, <see cref="Best"/> scores 1, linear in between and
/// clamped outside (so lower-is-better KPIs simply have <c>Worst &gt; Best</c>). With a target band
/// (<see cref="BandLow"/>..<see cref="BandHigh"/>) a value inside the band scores 1 and the score falls linearly to 0
/// at <see cref="Tolerance"/> outside it. A KPI without a value is left out and its weight shared by the others.
/// </remarks>
public sealed record BalanceIndicator
{
    private BalanceIndicator(string metricId, IndicatorBasis basis, decimal weight)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metricId);
        if (weight <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A balance indicator's weight should be positive.");
        }

        MetricId = metricId;
        Basis = basis;
        Weight = weight;
    }

    /// <summary>The KPI.</summary>
    public string MetricId { get; }

    /// <summary>Level (recent mean) or change (recent vs earlier).</summary>
    public IndicatorBasis Basis { get; }

    /// <summary>The weight within its side.</summary>
    public decimal Weight { get; init; }

    /// <summary>The value scoring 0 (linear normalisation).</summary>
    public decimal? Worst { get; private init; }

    /// <summary>The value scoring 1 (linear normalisation).</summary>
    public decimal? Best { get; private init; }

    /// <summary>The lower edge of the target band.</summary>
    public decimal? BandLow { get; private init; }

    /// <summary>The upper edge of the target band.</summary>
    public decimal? BandHigh { get; private init; }

    /// <summary>How far outside the band the score reaches 0.</summary>
    public decimal? Tolerance { get; private init; }

    /// <summary>A linearly normalised indicator.</summary>
    /// <exception cref="ArgumentException"><paramref name="worst"/> equals <paramref name="best"/>.</exception>
    public static BalanceIndicator Linear(string metricId, IndicatorBasis basis, decimal worst, decimal best, decimal weight = 1m)
    {
        if (worst == best)
        {
            throw new ArgumentException($"Balance indicator '{metricId}': worst and best must differ (both {worst}).", nameof(best));
        }

        return new BalanceIndicator(metricId, basis, weight) { Worst = worst, Best = best };
    }

    /// <summary>A target-band indicator (e.g. days of supply between 7 and 12).</summary>
    /// <exception cref="ArgumentException">The band is empty or the tolerance is not positive.</exception>
    public static BalanceIndicator TargetBand(string metricId, IndicatorBasis basis, decimal low, decimal high, decimal tolerance, decimal weight = 1m)
    {
        if (low > high || tolerance <= 0m)
        {
            throw new ArgumentException($"Balance indicator '{metricId}': the band needs low ≤ high and a positive tolerance (got {low}..{high}, {tolerance}).", nameof(tolerance));
        }

        return new BalanceIndicator(metricId, basis, weight) { BandLow = low, BandHigh = high, Tolerance = tolerance };
    }

    /// <summary>The score in [0, 1] of a value.</summary>
    public decimal Score(decimal value)
    {
        if (BandLow is { } low && BandHigh is { } high && Tolerance is { } tolerance)
        {
            decimal distance = value < low ? low - value : value > high ? value - high : 0m;
            return Math.Clamp(1m - (distance / tolerance), 0m, 1m);
        }

        decimal worst = Worst!.Value;
        decimal best = Best!.Value;
        return Math.Clamp((value - worst) / (best - worst), 0m, 1m);
    }

    /// <summary>The normalisation in words, e.g. <c>0 at -0.1, 1 at 0.1</c>.</summary>
    public string Normalisation => BandLow is not null
        ? $"1 within [{BandLow}, {BandHigh}], 0 beyond ±{Tolerance}"
        : $"0 at {Worst}, 1 at {Best}";
}
