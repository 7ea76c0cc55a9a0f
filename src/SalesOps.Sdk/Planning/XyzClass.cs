namespace SalesOps.Sdk.Planning;

/// <summary>The XYZ class of an item by the variability of its demand (coefficient of variation σ/D).</summary>
public enum XyzClass
{
    /// <summary>Steady demand (by default CV ≤ 0.5): forecastable, low safety stock per unit sold.</summary>
    X,

    /// <summary>Variable demand (by default 0.5 &lt; CV ≤ 1.0).</summary>
    Y,

    /// <summary>Erratic demand (by default CV &gt; 1.0): hard to forecast, consider make-to-order or pooling.</summary>
    Z,
}
