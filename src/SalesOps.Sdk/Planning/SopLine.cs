namespace SalesOps.Sdk.Planning;

/// <summary>One item × period of an S&amp;OP reconciliation: demand against supply, projected and constrained inventory.</summary>
/// <remarks>
/// Unconstrained: projected inventory = previous projected inventory (opening stock first) + supply − demand, and may
/// go below zero. Constrained: sales are limited by the stock available (previous constrained inventory + supply);
/// unmet demand is lost, not back-ordered.
/// </remarks>
public sealed record SopLine
{
    /// <summary>The item id.</summary>
    public required string Item { get; init; }

    /// <summary>The period ordinal.</summary>
    public int Period { get; init; }

    /// <summary>Planned demand in units (0 when the plan has no line).</summary>
    public decimal Demand { get; init; }

    /// <summary>Planned supply (receipts) in units (0 when the plan has no line).</summary>
    public decimal Supply { get; init; }

    /// <summary>Gap = supply − demand in units: negative when supply falls short.</summary>
    public decimal GapUnits { get; init; }

    /// <summary>Gap × unit value.</summary>
    public decimal GapValue { get; init; }

    /// <summary>Projected inventory at the end of the period: previous + supply − demand.</summary>
    public decimal ProjectedInventory { get; init; }

    /// <summary>Days of supply = projected inventory / (demand / period days), computed as inventory × period days / demand; null when demand is 0 or inventory below 0.</summary>
    public decimal? DaysOfSupply { get; init; }

    /// <summary>Stockout, below safety stock, overstock or balanced.</summary>
    public SopInventoryStatus Status { get; init; }

    /// <summary>The constrained plan's sales: min(demand, previous constrained inventory + supply).</summary>
    public decimal ConstrainedSales { get; init; }

    /// <summary>The constrained plan's inventory at the end of the period (never below zero).</summary>
    public decimal ConstrainedInventory { get; init; }

    /// <summary>Demand the constrained plan cannot serve: demand − constrained sales.</summary>
    public decimal UnmetDemand { get; init; }
}
