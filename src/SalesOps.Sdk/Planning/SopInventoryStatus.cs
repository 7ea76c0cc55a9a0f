namespace SalesOps.Sdk.Planning;

/// <summary>The state of an item's projected inventory at the end of a plan period.</summary>
public enum SopInventoryStatus
{
    /// <summary>At or above the safety stock and within the days-of-supply ceiling.</summary>
    Balanced,

    /// <summary>Projected stockout: the projected inventory is below zero (demand the plan cannot serve).</summary>
    Stockout,

    /// <summary>At or above zero but below the safety stock.</summary>
    BelowSafetyStock,

    /// <summary>Above the days-of-supply ceiling (or stock with no demand in the period while a ceiling is set).</summary>
    Overstock,
}
