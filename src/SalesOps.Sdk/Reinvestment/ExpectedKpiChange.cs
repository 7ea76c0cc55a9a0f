namespace SalesOps.Sdk.Reinvestment;

/// <summary>The expected change of a KPI from the funded initiatives, weighted by their confidence.</summary>
/// <param name="MetricId">The KPI.</param>
/// <param name="Current">The current value, when known.</param>
/// <param name="Change">The expected absolute change (relative effects converted with the current value; summed over initiatives).</param>
/// <param name="RelativeChange">The expected relative change, when the current value is known and not zero.</param>
public sealed record ExpectedKpiChange(string MetricId, decimal? Current, decimal? Change, decimal? RelativeChange);
