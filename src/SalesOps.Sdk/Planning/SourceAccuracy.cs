namespace SalesOps.Sdk.Planning;

/// <summary>How one demand input (or the consensus) did against actuals.</summary>
/// <param name="Source">The source name, or <see cref="DemandSources.Consensus"/>.</param>
/// <param name="Weight">The source's normalised weight in the consensus, or null for the consensus itself.</param>
/// <param name="Accuracy">
/// Its accuracy over the item × periods with an actual; <see cref="ForecastAccuracyResult.ForecastValueAdded"/> is its
/// value added against the naive forecast (the previous period's actual).
/// </param>
public sealed record SourceAccuracy(string Source, decimal? Weight, ForecastAccuracyResult Accuracy);
