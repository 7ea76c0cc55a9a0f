namespace SalesOps.Sdk.Balance;

/// <summary>What of a KPI a balance indicator scores.</summary>
public enum IndicatorBasis
{
    /// <summary>The mean of the KPI over the recent periods.</summary>
    Level,

    /// <summary>The relative change of the KPI's recent mean against its earlier mean (recent / earlier − 1).</summary>
    Change,
}
