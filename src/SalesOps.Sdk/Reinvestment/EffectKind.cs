namespace SalesOps.Sdk.Reinvestment;

/// <summary>How an initiative's expected effect on a KPI is stated.</summary>
public enum EffectKind
{
    /// <summary>A change in the KPI's own unit (e.g. stockout rate −0.02, satisfaction +0.1).</summary>
    Absolute,

    /// <summary>A change as a fraction of the KPI's current value (e.g. revenue +0.03 = +3 %).</summary>
    Relative,
}
