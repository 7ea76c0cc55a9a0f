namespace SalesOps.Sdk.Planning;

/// <summary>What S&amp;OP reconciliation needs to know about an item besides its plans.</summary>
/// <param name="Item">The item id.</param>
/// <param name="OpeningStock">Units on hand at the start of the plan (0 or more).</param>
/// <param name="UnitValue">The value of one unit, e.g. its cost, to value gaps (0 or more).</param>
/// <param name="SafetyStock">The safety stock in units (0 or more; default 0), e.g. from <see cref="InventoryPolicy"/>.</param>
public sealed record SopItem(string Item, decimal OpeningStock, decimal UnitValue, decimal SafetyStock = 0m);
