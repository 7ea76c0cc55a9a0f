namespace SalesOps.Sdk.Planning;

/// <summary>What forecast value added (FVA) compares a forecast with.</summary>
public enum ForecastBaseline
{
    /// <summary>
    /// The naive forecast: the item's actual of the previous period (ordinal − 1). Observations whose previous period
    /// was not observed have no naive forecast and are left out of the FVA comparison.
    /// </summary>
    Naive,

    /// <summary>The host's <see cref="ForecastObservation.Baseline"/>; observations without one are left out of the FVA comparison.</summary>
    Host,
}
