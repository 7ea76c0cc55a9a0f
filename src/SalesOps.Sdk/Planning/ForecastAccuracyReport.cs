using System.Collections.Immutable;

namespace SalesOps.Sdk.Planning;

/// <summary>Forecast accuracy per item and for all items together.</summary>
/// <param name="Items">One result per item, ordered by item id (ordinal).</param>
/// <param name="Total">The result over all observations (tracking signal on per-period totals).</param>
public sealed record ForecastAccuracyReport(ImmutableArray<ForecastAccuracyResult> Items, ForecastAccuracyResult Total);
