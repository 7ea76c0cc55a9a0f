using SalesOps.Sdk.Metrics;

namespace SalesOps.Sdk.Planning;

/// <summary>
/// The accuracy of a forecast for one item, or for all items together. Errors are e = forecast − actual: a positive
/// bias or tracking signal means over-forecasting. Ratios are fractions (0.12 = 12%), not rounded.
/// </summary>
public sealed record ForecastAccuracyResult
{
    /// <summary>The item, or null for the total over all items.</summary>
    public string? Item { get; init; }

    /// <summary>The number of observations (item × period).</summary>
    public int Observations { get; init; }

    /// <summary>Σ actual units.</summary>
    public decimal ActualUnits { get; init; }

    /// <summary>Σ forecast units.</summary>
    public decimal ForecastUnits { get; init; }

    /// <summary>Σ |forecast − actual| over the observations.</summary>
    public decimal AbsoluteError { get; init; }

    /// <summary>WAPE = Σ |e| / Σ actual; not available when Σ actual is 0.</summary>
    public MetricValue Wape { get; init; }

    /// <summary>MAPE = mean of |e| / actual over the observations with actual ≠ 0; not available when there are none.</summary>
    public MetricValue Mape { get; init; }

    /// <summary>The observations MAPE averages over (actual ≠ 0).</summary>
    public int MapeObservations { get; init; }

    /// <summary>The observations left out of MAPE because their actual is 0.</summary>
    public int ZeroActualObservations { get; init; }

    /// <summary>Bias in units: Σ forecast − Σ actual (positive = over-forecast).</summary>
    public decimal Bias { get; init; }

    /// <summary>Bias rate = (Σ forecast − Σ actual) / Σ actual; not available when Σ actual is 0.</summary>
    public MetricValue BiasRate { get; init; }

    /// <summary>
    /// Tracking signal = Σ e / MAD over the last <see cref="ForecastAccuracyOptions.TrackingSignalWindow"/> periods,
    /// MAD = mean |e| over the same periods; not available when MAD is 0. For the total, e is the per-period sum over items.
    /// </summary>
    public MetricValue TrackingSignal { get; init; }

    /// <summary>Whether |tracking signal| exceeds <see cref="ForecastAccuracyOptions.TrackingSignalLimit"/>: a biased forecast.</summary>
    public bool TrackingSignalOutOfLimits { get; init; }

    /// <summary>The observations with a baseline, over which FVA compares.</summary>
    public int BaselineObservations { get; init; }

    /// <summary>The baseline's WAPE over the observations with a baseline.</summary>
    public MetricValue BaselineWape { get; init; }

    /// <summary>
    /// Forecast value added = baseline WAPE − forecast WAPE, both over the observations with a baseline: positive when
    /// the forecast beats the baseline, negative when it makes it worse.
    /// </summary>
    public MetricValue ForecastValueAdded { get; init; }
}
