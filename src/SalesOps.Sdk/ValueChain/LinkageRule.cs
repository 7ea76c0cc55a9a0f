using System.Collections.Immutable;

namespace SalesOps.Sdk.ValueChain;

/// <summary>
/// A linkage between the sales stage and an operations stage: when the sales signal and the operations signal both
/// fire over the same windows, the linkage is <see cref="LinkageStatus.Strained"/> (e.g. promotion intensity rising
/// while the fill rate falls).
/// </summary>
/// <param name="Id">snake_case id, e.g. <c>promo_intensity_vs_fill_rate</c>.</param>
/// <param name="Sales">The sales push: a KPI of the sales stage moving its way.</param>
/// <param name="Operations">The operations strain: a KPI of an operations stage moving the bad way.</param>
/// <param name="Description">What a strained linkage means, for the report.</param>
public sealed record LinkageRule(string Id, LinkageSignal Sales, LinkageSignal Operations, string Description)
{
    /// <summary>Promotion spend per unit of revenue rises by at least 2 percentage points.</summary>
    public static LinkageSignal PromotionPush { get; } = new("promo_intensity", SignalDirection.Rising, 0.02m, ChangeBasis.Absolute);

    /// <summary>Revenue per period rises by at least 5 %.</summary>
    public static LinkageSignal RevenuePush { get; } = new("revenue", SignalDirection.Rising, 0.05m, ChangeBasis.Relative);

    /// <summary>The fill rate (outbound logistics) falls by at least 2 percentage points.</summary>
    public static LinkageSignal FillRateDrop { get; } = new("fill_rate", SignalDirection.Falling, 0.02m, ChangeBasis.Absolute);

    /// <summary>The stockout rate (operations) rises by at least 2 percentage points.</summary>
    public static LinkageSignal StockoutRise { get; } = new("stockout_rate", SignalDirection.Rising, 0.02m, ChangeBasis.Absolute);

    /// <summary>Days of supply (inbound logistics) rise by at least 20 %: overstock.</summary>
    public static LinkageSignal OverstockRise { get; } = new("days_of_supply", SignalDirection.Rising, 0.20m, ChangeBasis.Relative);

    /// <summary>
    /// The default rules: each sales push (<see cref="PromotionPush"/>, <see cref="RevenuePush"/>) against each
    /// operations strain (<see cref="FillRateDrop"/>, <see cref="StockoutRise"/>, <see cref="OverstockRise"/>).
    /// </summary>
    public static ImmutableArray<LinkageRule> Defaults { get; } =
    [
        new("promo_intensity_vs_fill_rate", PromotionPush, FillRateDrop, "Promotions push demand the outbound side does not fill."),
        new("promo_intensity_vs_stockout_rate", PromotionPush, StockoutRise, "Promotions run the shelves empty."),
        new("promo_intensity_vs_days_of_supply", PromotionPush, OverstockRise, "Promotions leave stock piling up: replenishment is not following the demand it creates."),
        new("revenue_vs_fill_rate", RevenuePush, FillRateDrop, "Sales growth outruns what the outbound side can ship."),
        new("revenue_vs_stockout_rate", RevenuePush, StockoutRise, "Sales growth outruns replenishment."),
        new("revenue_vs_days_of_supply", RevenuePush, OverstockRise, "Sales growth comes with overstock: buying runs ahead of or past demand."),
    ];
}
