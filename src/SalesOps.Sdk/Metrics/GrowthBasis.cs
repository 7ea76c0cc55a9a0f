namespace SalesOps.Sdk.Metrics;

/// <summary>What a growth metric compares the current period with.</summary>
public enum GrowthBasis
{
    /// <summary>The previous period of the evaluated series (the period before in the cube).</summary>
    PreviousPeriod,

    /// <summary>The same period last year, by the calendar's rule (a retail week 53 has none).</summary>
    SamePeriodLastYear,
}
