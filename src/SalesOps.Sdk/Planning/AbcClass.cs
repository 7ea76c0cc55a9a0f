namespace SalesOps.Sdk.Planning;

/// <summary>The ABC class of an item by its share of revenue (Pareto analysis).</summary>
public enum AbcClass
{
    /// <summary>The few items that make most of the revenue (by default, ranked above 80% cumulative share).</summary>
    A,

    /// <summary>The middle group (by default, ranked above 95% cumulative share).</summary>
    B,

    /// <summary>The long tail.</summary>
    C,
}
