namespace SalesOps.Sdk.Balance;

/// <summary>How one KPI scored inside sales momentum or operational health.</summary>
/// <param name="MetricId">The KPI.</param>
/// <param name="Basis">Level or change.</param>
/// <param name="Value">The level (recent mean) or relative change scored; null when not available.</param>
/// <param name="Score">The normalised score in [0, 1]; null when not available.</param>
/// <param name="Weight">The indicator's weight.</param>
/// <param name="Note">Why it is not available, or the normalisation used.</param>
public sealed record IndicatorScore(string MetricId, IndicatorBasis Basis, decimal? Value, decimal? Score, decimal Weight, string Note);
