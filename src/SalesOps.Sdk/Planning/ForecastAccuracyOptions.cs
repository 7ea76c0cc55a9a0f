namespace SalesOps.Sdk.Planning;

/// <summary>The parameters of <see cref="ForecastAccuracy"/>.</summary>
/// <remarks>Valid options have a window of 1 or more and a positive limit.</remarks>
public sealed record ForecastAccuracyOptions
{
    /// <summary>The default options: a 12-period window, limits ±4, the naive baseline.</summary>
    public static ForecastAccuracyOptions Default { get; } = new();

    /// <summary>The number of most recent periods the tracking signal sums over (default 12).</summary>
    public int TrackingSignalWindow { get; init; } = 12;

    /// <summary>The tracking signal is flagged when its absolute value exceeds this (default 4, i.e. ±4 MAD).</summary>
    public decimal TrackingSignalLimit { get; init; } = 4m;

    /// <summary>What forecast value added compares with (default <see cref="ForecastBaseline.Naive"/>).</summary>
    public ForecastBaseline Baseline { get; init; } = ForecastBaseline.Naive;
}
