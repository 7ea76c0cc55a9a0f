namespace SalesOps.Sdk.Planning;

/// <summary>One source's demand forecast for an item and period, an input to <see cref="ConsensusDemand"/>.</summary>
/// <param name="Source">The source, e.g. <see cref="DemandSources.Sales"/>, <see cref="DemandSources.Statistical"/>, <see cref="DemandSources.Marketing"/>.</param>
/// <param name="Item">The item id.</param>
/// <param name="Period">The period ordinal.</param>
/// <param name="Units">The forecast units (0 or more).</param>
public sealed record DemandInput(string Source, string Item, int Period, decimal Units);
