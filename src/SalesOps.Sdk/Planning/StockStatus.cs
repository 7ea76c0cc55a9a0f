namespace SalesOps.Sdk.Planning;

/// <summary>Where an item's current stock stands against its policy.</summary>
public enum StockStatus
{
    /// <summary>No current stock in the data, or no policy to compare with.</summary>
    Unknown,

    /// <summary>Understock: the current stock is below the safety stock.</summary>
    BelowSafetyStock,

    /// <summary>At or above the safety stock but below the reorder point: an order is due.</summary>
    ReorderDue,

    /// <summary>Between the reorder point and the maximum (ROP + EOQ), both inclusive.</summary>
    WithinPolicy,

    /// <summary>Overstock: the current stock is above the maximum (ROP + EOQ).</summary>
    AboveMaximum,
}
