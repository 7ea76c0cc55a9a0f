namespace SalesOps.Sdk.Planning;

/// <summary>One item's actual and forecast units for one period.</summary>
/// <param name="Item">The item id (e.g. a sku, or <c>sku/store</c>).</param>
/// <param name="Period">The period's ordinal (e.g. a day or week number); consecutive periods differ by 1.</param>
/// <param name="Actual">Units actually sold (0 or more).</param>
/// <param name="Forecast">Units forecast (0 or more).</param>
/// <param name="Baseline">
/// The host's baseline forecast for <see cref="ForecastBaseline.Host"/> (0 or more), e.g. the statistical forecast a
/// manual override is judged against; ignored for <see cref="ForecastBaseline.Naive"/>.
/// </param>
public sealed record ForecastObservation(string Item, int Period, decimal Actual, decimal Forecast, decimal? Baseline = null);
