using System.Collections.Immutable;

namespace SalesOps.Sdk.Planning;

/// <summary>
/// The inventory policy of one item: demand statistics, safety stock, reorder point, EOQ, maximum, its stock status
/// and ABC/XYZ classes. A figure that cannot be computed is null and <see cref="Notes"/> says why.
/// </summary>
/// <remarks>Units are item units per day; money in the data's currency. Numbers are not rounded.</remarks>
public sealed record ItemPolicy
{
    /// <summary>The sku.</summary>
    public required string Sku { get; init; }

    /// <summary>The store, or null when the data has no store dimension.</summary>
    public string? Store { get; init; }

    /// <summary>The number of days in the history (n).</summary>
    public int Days { get; init; }

    /// <summary>Σ units sold over the history.</summary>
    public decimal UnitsSold { get; init; }

    /// <summary>Σ revenue over the history, or null when the data has no revenue.</summary>
    public decimal? Revenue { get; init; }

    /// <summary>D = Σ units / n, or null without history.</summary>
    public decimal? AverageDailyDemand { get; init; }

    /// <summary>σ, the sample standard deviation (n − 1) of daily units; null with fewer than two days.</summary>
    public decimal? DemandStdDev { get; init; }

    /// <summary>CV = σ / D; null when σ is null or D is 0.</summary>
    public decimal? CoefficientOfVariation { get; init; }

    /// <summary>SS = z·√(L·σ² + D²·σL²); null when σ is null.</summary>
    public decimal? SafetyStock { get; init; }

    /// <summary>ROP = D·L + SS; null when SS is null.</summary>
    public decimal? ReorderPoint { get; init; }

    /// <summary>Unit cost = Σ COGS / Σ units sold; null without COGS or sales.</summary>
    public decimal? UnitCost { get; init; }

    /// <summary>EOQ = √(2·365·D·S / (h·unit cost)); null when the unit cost is unknown or 0, or σ is null.</summary>
    public decimal? Eoq { get; init; }

    /// <summary>The maximum stock ROP + EOQ; null when either is null.</summary>
    public decimal? MaximumStock { get; init; }

    /// <summary>The on-hand units on the last date, or null when the data has no on_hand_units.</summary>
    public decimal? CurrentStock { get; init; }

    /// <summary>The current stock against SS, ROP and the maximum.</summary>
    public StockStatus StockStatus { get; init; }

    /// <summary>The ABC class by revenue, or null without revenue data or with no positive total revenue.</summary>
    public AbcClass? Abc { get; init; }

    /// <summary>The XYZ class by CV, or null when CV is null.</summary>
    public XyzClass? Xyz { get; init; }

    /// <summary>Why figures are missing (e.g. <c>fewer than two days of history (1)</c>); empty when all are there.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The item's id: the sku, or <c>sku/store</c>.</summary>
    public string ItemId => Store is null ? Sku : $"{Sku}/{Store}";
}
